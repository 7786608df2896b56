using System.Text;
using ReportIngest.Documents;
using ReportIngest.Readers;
using ReportIngest.Templates;
using ReportIngest.Tests.Extraction;

namespace ReportIngest.Tests.Readers;

public class PlainTextReaderTests
{
    private static readonly string[] Heads =
    [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ];

    /// <summary>A distinct figure for every cell, so that a figure read one column off cannot go unnoticed; 其他 left
    /// blank in every third row.</summary>
    private static int? Figure(int row, int col) => col == 5 && row % 3 == 0 ? null : 100 * (row + 1) + col;

    /// <summary>
    /// Table 三 aligned with spaces by a producer that counts quotes and ① two columns wide (a CJK font's view),
    /// its labels numbered ①…, and 3.危及“三安全一稳定” carrying two such quotes.
    /// </summary>
    private static string SpaceAlignedRequests(TemplateVersion version)
    {
        static int Width(string text) => text.Sum(c => c >= '\u2010' ? 2 : 1);
        var rows = TemplateCatalog
            .Get(version)
            .Table("s3")!
            .Rows.Select(
                (row, r) =>
                    (
                        Label: row.Label.Replace("1.", "①").Replace("2.", "②").Replace("3.", "③"),
                        Figures: Heads.Select((_, c) => Figure(r, c)?.ToString() ?? "").ToArray()
                    )
            )
            .ToList();
        var labelWidth = rows.Max(r => Width(r.Label)) + 2;
        // two spaces apart, as tight as it gets
        var widths = Heads.Select((h, c) => Math.Max(Width(h), rows.Max(r => r.Figures[c].Length)) + 2).ToArray();
        var sb = new StringBuilder("三、收到和处理政府信息公开申请情况\n\n");
        sb.Append(new string(' ', labelWidth))
            .AppendJoin("", Heads.Select((h, c) => h + new string(' ', widths[c] - Width(h))))
            .Append('\n');
        foreach (var (label, figures) in rows)
            sb.Append(label)
                .Append(' ', labelWidth - Width(label))
                .AppendJoin("", figures.Select((f, c) => f + new string(' ', widths[c] - f.Length)))
                .Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void A_space_aligned_table_whose_producer_counted_quotes_and_circled_numbers_wide_keeps_every_figure_in_its_column()
    {
        var text = SpaceAlignedRequests(TemplateVersion.Gov2021);
        Assert.Contains("“三安全一稳定”", text);

        var report = Extract.From(text, "report.txt");

        var rows = TemplateCatalog.Get(TemplateVersion.Gov2021).Table("s3")!.Rows;
        var columns = TemplateCatalog.Get(TemplateVersion.Gov2021).Table("s3")!.Columns;
        for (var r = 0; r < rows.Count; r++)
        for (var c = 0; c < columns.Count; c++)
            // a blank cell stored blank, no value
            Assert.Equal(Figure(r, c), report.Fact(CellKey.Of("s3", rows[r].Code, columns[c].Code)).Value);
        Assert.All(report.Facts.Where(f => f.Table == "s3"), f => Assert.Equal(ColumnBasis.Alignment, f.Basis));
    }

    [Fact]
    public void A_page_number_between_two_rows_of_a_table_does_not_cut_the_table()
    {
        const string text = "信息内容\t本年处理决定数量\n行政处罚\t12\n\n— 3 —\n\n行政强制\t4\n";

        var document = DocumentReaders.Default.Read(new SourceDocument("report.txt", Encoding.UTF8.GetBytes(text)));

        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        Assert.Equal(["信息内容", "行政处罚", "行政强制"], grid.Rows.Select(r => r[0].Text));
        Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains('3'));
    }

    [Fact]
    public void A_blank_line_without_a_page_number_still_ends_a_table()
    {
        const string text = "信息内容\t本年处理决定数量\n行政处罚\t12\n\n信息内容\t本年收费金额\n行政事业性收费\t4\n";

        var document = DocumentReaders.Default.Read(new SourceDocument("report.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(2, document.Blocks.OfType<GridBlock>().Count());
    }
}
