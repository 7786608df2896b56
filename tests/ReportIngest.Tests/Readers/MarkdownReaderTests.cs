using System.Text;
using ReportIngest.Documents;
using ReportIngest.Readers.Markdown;

namespace ReportIngest.Tests.Readers;

public class MarkdownReaderTests
{
    private static Document Read(string markdown) =>
        new MarkdownReader().Read(new SourceDocument("t.md", Encoding.UTF8.GetBytes(markdown)));

    [Fact]
    public void Pipe_tables_keep_every_printed_cell_and_line_locators()
    {
        var document = Read("# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");
        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        Assert.Equal(["a", "b"], grid.Rows[0].Select(c => c.Text));
        Assert.Equal(["1", "2", "3"], grid.Rows[1].Select(c => c.Text));
        Assert.Equal("L5", grid.Rows[1][0].Locator.Text);
    }

    /// <summary>A note's mark in a conversion's inline HTML (80<c>&lt;sup&gt;1&lt;/sup&gt;</c>) is a mark, not the
    /// figure's last digit.</summary>
    [Fact]
    public void A_raised_digit_in_inline_HTML_is_a_mark()
    {
        var grid = Assert
            .Single(
                Read("| 项目 | 自然人 | 商业企业 |\n|---|---|---|\n| 新收 | 80<sup>1</sup> | 5<SUB>2</SUB> |\n")
                    .Blocks.OfType<GridBlock>()
            )
            .Grid;
        Assert.Equal(["新收", "80¹", "5₂"], grid.Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void Tab_separated_lines_inside_paragraphs_become_a_grid_with_empty_fields_kept()
    {
        var document = Read("# 标题\n\n说明\n规章\t0\t\t0\n规范性文件\t2\t2\t2\n");
        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        Assert.Equal(["规章", "0", "", "0"], grid.Rows[0].Select(c => c.Text));
        Assert.Equal(2, grid.Rows.Count);
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text == "标题" && t.IsHeading);
    }

    [Fact]
    public void A_raw_html_table_goes_through_the_html_reader_with_spans_expanded_and_line_locators()
    {
        var document = Read(
            "# 标题\n\n<table>\n<tr><td rowspan=\"2\">规章</td><td>1</td></tr>\n<tr><td>&nbsp;</td></tr>\n</table>\n\n结尾\n"
        );
        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        Assert.Equal(["规章", "1"], grid.Rows[0].Select(c => c.Text));
        Assert.Equal(["规章", ""], grid.Rows[1].Select(c => c.Text));
        Assert.Equal(1, grid.Rows[1][1].Col);
        Assert.Equal("L3/table[1]/tr[2]/td[1]", grid.Rows[1][1].Locator.Text);
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text == "结尾");
    }
}
