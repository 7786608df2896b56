using System.Text;
using ReportIngest.Documents;
using ReportIngest.Readers.Html;
using ReportIngest.Tests.Extraction;

namespace ReportIngest.Tests.Readers;

public class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Document Read(byte[] bytes) => new HtmlReader().Read(new SourceDocument("p.html", bytes));

    [Fact]
    public void Spans_are_expanded_and_group_labels_repeat_but_values_never_do()
    {
        var html = """
            <html><body><div class="TRS_Editor"><table>
            <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td colspan="2">5</td><td rowspan="2">9</td></tr>
            <tr><td>2.其他法律行政法规禁止公开</td><td>&nbsp;</td><td>6</td></tr>
            </table></div></body></html>
            """;
        var grid = Assert.Single(Read(Encoding.UTF8.GetBytes(html)).Blocks.OfType<GridBlock>()).Grid;

        Assert.Equal(["（三）不予公开", "1.属于国家秘密", "5", "9"], grid.Rows[0].Select(c => c.Text));
        Assert.Equal((2, 2), (grid.Rows[0][2].Col, grid.Rows[0][2].ColSpan));
        Assert.Equal(["（三）不予公开", "2.其他法律行政法规禁止公开", "", "6"], grid.Rows[1].Select(c => c.Text));
        Assert.Equal([0, 1, 2, 3], grid.Rows[1].Select(c => c.Col));
        Assert.Equal("table[1]/tr[2]/td[3]", grid.Rows[1][3].Locator);
    }

    [Fact]
    public void A_gbk_page_is_read_from_its_declared_charset_and_only_the_article_is_used()
    {
        var html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县2021年政府信息公开工作年度报告_年报_某县政府</title></head>
            <body><div class="nav"><p>首页 行政许可 99</p></div>
            <div class="article_content"><p>二、主动公开政府信息情况</p><p>第二十条第（五）项</p>
            <table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table></div></body></html>
            """;
        var document = Read(Encoding.GetEncoding("GB2312").GetBytes(html));
        Assert.Equal("某县2021年政府信息公开工作年度报告", Assert.IsType<TextBlock>(document.Blocks[0]).Text);
        Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("首页"));

        var report = ReportIngest.Extraction.ReportExtractor.Default.Extract(document);
        Assert.Equal(12m, report.Fact("s2_a20_5.admin_license.decisions").Value);
        Assert.Equal("table[1]/tr[2]/td[2]", report.Fact("s2_a20_5.admin_license.decisions").Locator);
        Assert.Equal(2021, report.Metadata.ReportYear);
    }

    [Fact]
    public void An_undeclared_legacy_encoding_is_detected_not_garbled()
    {
        var html = "<html><body><p>某县2019年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>1</td><td>2</td><td>3</td></tr></table></body></html>";
        var document = Read(Encoding.GetEncoding("GBK").GetBytes(html));
        Assert.Equal("行政许可", Assert.Single(document.Blocks.OfType<GridBlock>()).Grid.Rows[0][0].Text);
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("政府信息公开工作年度报告"));
    }
}
