using System.Text;
using ReportIngest.Documents;
using ReportIngest.Readers.Html;
using ReportIngest.Tests.Extraction;
using ReportIngest.Text;

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
        Assert.Equal("table[1]/tr[2]/td[3]", grid.Rows[1][3].Locator.Text);
    }

    /// <summary>
    /// A note's mark after a figure (80<c>&lt;sup&gt;1&lt;/sup&gt;</c>, 3<c>&lt;sub&gt;2&lt;/sub&gt;</c>) is written as
    /// the mark it is: the cell reads 80 with its mark kept in its text, never 801.
    /// </summary>
    [Fact]
    public void A_raised_or_lowered_digit_after_a_figure_is_a_mark_not_a_digit()
    {
        var html = """
            <html><body><div class="TRS_Editor"><table>
            <tr><td>一、本年新收政府信息公开申请数量</td><td><span>80<sup>1</sup></span></td><td>3<sub>2</sub></td><td>4</td></tr>
            </table></div></body></html>
            """;
        var row = Assert.Single(Assert.Single(Read(Encoding.UTF8.GetBytes(html)).Blocks.OfType<GridBlock>()).Grid.Rows);

        Assert.Equal(["80¹", "3₂", "4"], row.Skip(1).Select(c => c.Text));
        Assert.Equal([80m, 3m, 4m], row.Skip(1).Select(c => CellValueParser.Parse(c.Text).Value));
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
        Assert.Equal("table[1]/tr[2]/td[2]", report.Fact("s2_a20_5.admin_license.decisions").Locator.Text);
        Assert.Equal(2021, report.Metadata.ReportYear);
    }

    [Fact]
    public void An_undeclared_legacy_encoding_is_detected_not_garbled()
    {
        var html =
            "<html><body><p>某县2019年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>1</td><td>2</td><td>3</td></tr></table></body></html>";
        var document = Read(Encoding.GetEncoding("GBK").GetBytes(html));
        Assert.Equal("行政许可", Assert.Single(document.Blocks.OfType<GridBlock>()).Grid.Rows[0][0].Text);
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("政府信息公开工作年度报告"));
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "GBK")] // declared UTF-8, sent as GBK
    [InlineData("<script src=\"/a.js\" charset=\"utf-8\"></script>", "GBK")] // a charset that is not the page's
    // declared GB2312, sent as UTF-8
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "UTF-8")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">", "GBK")]
    public void The_bytes_decide_the_encoding_when_the_declaration_is_wrong_or_is_not_the_pages(
        string head,
        string sentAs
    )
    {
        var html =
            $"<html><head>{head}</head><body><p>某县2019年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>1</td></tr></table></body></html>";
        var document = Read(Encoding.GetEncoding(sentAs).GetBytes(html));
        Assert.Equal("行政许可", Assert.Single(document.Blocks.OfType<GridBlock>()).Grid.Rows[0][0].Text);
    }

    [Fact]
    public void The_metadata_block_and_meta_tags_are_read_from_outside_the_article()
    {
        var html = """
            <html><head><meta charset="utf-8"><meta name="PubDate" content="2024-03-08 15:34"><meta name="Url" content="https://example.gov.cn/nb/2023.htm"></head>
            <body><table class="xxgk"><tr><td>索引号：</td><td>11350128MB0000000X/2024-00012</td><td>分类：</td><td>政府信息公开年报</td></tr>
            <tr><td>发布机构：</td><td>某县人民政府办公室</td><td>成文日期：</td><td>2024年03月05日</td></tr>
            <tr><td>文号：</td><td></td><td>发布日期：2024-03-09</td><td>有效性：有效</td></tr></table>
            <div class="TRS_Editor"><p>分类：这一行在正文里，不是页面字段</p></div></body></html>
            """;
        var page = Read(Encoding.UTF8.GetBytes(html)).Page;

        Assert.Equal("11350128MB0000000X/2024-00012", page.Field("index_no"));
        Assert.Equal("政府信息公开年报", page.Field("category"));
        Assert.Equal("某县人民政府办公室", page.Field("publisher"));
        Assert.Equal("2024-03-05", page.Field("doc_date"));
        Assert.Equal("2024-03-08 15:34", page.Field("pub_date"));
        Assert.Equal("https://example.gov.cn/nb/2023.htm", page.Field("url"));
        Assert.Equal("有效", page.Field("validity"));
        Assert.Null(page.Field("doc_no"));
    }

    [Fact]
    public void Fields_sharing_one_line_are_split_at_each_label()
    {
        var html = """
            <html><body><div class="info">发布时间：2023-01-30 09:12 来源：某县司法局 浏览次数：356</div>
            <div class="TRS_Editor"><p>正文</p></div></body></html>
            """;
        var page = Read(Encoding.UTF8.GetBytes(html)).Page;

        Assert.Equal("2023-01-30 09:12", page.Field("pub_date"));
        Assert.Equal("某县司法局", page.Field("source"));
    }

    [Fact]
    public void Without_a_known_container_the_article_is_where_the_running_text_is()
    {
        var html = """
            <html><body>
            <div class="menu"><p><a href="/a">机构概况部门职能介绍</a> <a href="/b">政策文件解读专栏</a></p><p><a href="/c">互动交流领导信箱留言</a></p></div>
            <div class="main"><div class="left"><p>一、总体情况：本年度本机关认真贯彻落实条例要求。</p>
            <table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table>
            <p>二、存在的主要问题及改进情况：公开内容还不够全面。</p></div></div>
            <div class="footer"><p>版权所有 某县人民政府 地址：某县某路1号</p></div>
            </body></html>
            """;
        var document = Read(Encoding.UTF8.GetBytes(html));
        var texts = document.Blocks.OfType<TextBlock>().Select(t => t.Text).ToList();

        Assert.Single(document.Blocks.OfType<GridBlock>());
        Assert.Contains(texts, t => t.StartsWith("一、总体情况", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t =>
            t.Contains("机构概况", StringComparison.Ordinal) || t.Contains("版权所有", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_page_that_is_only_navigation_yields_no_article_text()
    {
        var document = Read(Encoding.UTF8.GetBytes(HtmlPages.ListPage));
        Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t =>
            t.Text.Contains("年度报告", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Attachment_links_and_images_of_the_article_are_counted_but_not_those_of_the_chrome()
    {
        var attachment = Read(Encoding.UTF8.GetBytes(HtmlPages.AttachmentOnly)).Page;
        var images = Read(Encoding.UTF8.GetBytes(HtmlPages.ImageOnly)).Page;

        Assert.Equal(["/files/2023nb.pdf?v=2"], attachment.Attachments);
        Assert.Equal((0, 2), (images.Attachments.Count, images.Images));
    }

    [Theory]
    [InlineData("table", 5000)]
    [InlineData("div", 10_000)]
    public void Pathologically_deep_nesting_is_read_without_exhausting_the_stack(string element, int depth)
    {
        var open = element == "table" ? "<table><tr><td>" : "<div>";
        var close = element == "table" ? "</td></tr></table>" : "</div>";
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
            html.Append(open);
        html.Append("<p>最里面的一段文字，足够长。</p>");
        for (var i = 0; i < depth; i++)
            html.Append(close);
        html.Append("</body></html>");

        var document = Read(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text == "最里面的一段文字，足够长。");
    }

    [Fact]
    public void Malformed_markup_is_repaired_the_way_a_browser_would_and_still_read()
    {
        var html = """
            <html><body><div class="TRS_Editor"><p>第二十条第（五）项<table><tr><td>信息内容<td>本年处理决定数量
            <tr><td>行政<br>许可<td><font>1<span>2</span></font></table></div>
            """;
        var grid = Assert.Single(Read(Encoding.UTF8.GetBytes(html)).Blocks.OfType<GridBlock>()).Grid;

        Assert.Equal(["行政许可", "12"], grid.Rows[1].Select(c => c.Text));
    }
}
