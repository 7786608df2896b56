using System.Web;
using ReportIngest.Crawling;
using ReportIngest.Crawling.Profiles;

namespace ReportIngest.Tests.Crawling;

/// <summary>The pagers and link shapes of each CMS family as they appear on real sites.</summary>
public class ProfileTests
{
    private static readonly Uri Column = new("http://www.x.gov.cn/zwgk/ndbg/index.html");

    [Theory]
    [InlineData(
        "<script>createPageHTML(3, 0, \"index\", \"html\");</script>",
        "http://www.x.gov.cn/zwgk/ndbg/index_1.html"
    )]
    [InlineData("<script>createPageHTML(3, 2, \"index\", \"html\");</script>", null)] // the last page
    [InlineData("<script>createPageHTML(1, 0, \"index\", \"shtml\");</script>", null)]
    [InlineData(
        "<script>createPageHTML('page_div', 5, 1, 'fg', 'shtml', 89)</script>",
        "http://www.x.gov.cn/zwgk/ndbg/fg_2.shtml"
    )] // six arguments, 1-based
    [InlineData(
        "<script>//createPageHTML(9, 0, \"index\", \"html\");\nvar currentPage = 1;//所在页从0开始\nvar countPage = 17//共多少页</script>",
        "http://www.x.gov.cn/zwgk/ndbg/index_2.html"
    )]
    public void TRS_pagers_give_the_next_page(string pager, string? next)
    {
        var profile = new TrsProfile();
        var page =
            $"<html><body><ul><li><a href=\"./202401/t20240125_1.html\" title=\"XX市2023年政府信息公开工作年度报告\">XX市…</a><span>2024-01-25</span></li></ul>{pager}</body></html>";

        Assert.True(profile.Recognises(Column, page));
        var read = profile.Read(Column, page);

        Assert.Equal(next, read.NextPage?.AbsoluteUri);
        var item = Assert.Single(read.Items);
        Assert.Equal(
            (
                "http://www.x.gov.cn/zwgk/ndbg/202401/t20240125_1.html",
                "XX市2023年政府信息公开工作年度报告",
                "2024-01-25"
            ),
            (item.Url.AbsoluteUri, item.Title, item.Date)
        );
    }

    [Fact]
    public void Auto_tells_the_families_apart()
    {
        Assert.Equal(
            "trs",
            SiteProfiles.For("auto", Column, "<script>createPageHTML(2, 0, \"index\", \"html\")</script>").Name
        );
        Assert.Equal(
            "hanweb",
            SiteProfiles
                .For(
                    "auto",
                    Column,
                    "<script type=\"text/xml\"><datastore><recordset></recordset></datastore></script>"
                )
                .Name
        );
        Assert.Equal("unitbuild", SiteProfiles.For("auto", Column, UnitbuildShell).Name);
        Assert.Equal(
            "gkmlpt",
            SiteProfiles
                .For(
                    "auto",
                    new Uri("http://www.gd.gov.cn/gkmlpt/index#5"),
                    "<script>window._CONFIG = { SID: '2', TREE: [] }</script>"
                )
                .Name
        );
        Assert.Equal("generic", SiteProfiles.For("auto", Column, "<a href=\"a.html\">x</a>").Name);
    }

    private const string UnitbuildShell = """
        <script id="a1" src="/cms_files/default/script/AuthorizedRead/unitbuild.js" webId="w1" parseType="bulidstatic" url="/api-gateway/jpaas-publish-server/front/page/build/unit" queryData="{'parseType':'bulidstatic','webId':'w1','tplSetId':'t1','pageType':'column','tagId':'导航','editType':'null','pageId':'p1'}"></script>
        <script id="a2" src="/cms_files/default/script/AuthorizedRead/unitbuild.js" webId="w1" parseType="bulidstatic" url="/api-gateway/jpaas-publish-server/front/page/build/unit" queryData="{'parseType':'bulidstatic','webId':'w1','tplSetId':'t1','pageType':'column','tagId':'分页列表','editType':'null','pageId':'p1'}"></script>
        """;

    [Fact]
    public void Unitbuild_asks_the_gateway_for_the_list_unit_then_pages_with_paramJson()
    {
        var profile = new UnitbuildProfile();
        var shell = profile.Read(Column, UnitbuildShell);
        Assert.Empty(shell.Items);
        Assert.Equal("分页列表", HttpUtility.ParseQueryString(shell.NextPage!.Query)["tagId"]); // the list unit, not 导航
        Assert.StartsWith(
            "http://www.x.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?parseType=bulidstatic",
            shell.NextPage.AbsoluteUri
        );

        const string response = """
            {"success":true,"code":"200","message":"操作成功","data":{"html":"<div id=\"分页列表\"><ul><li><a href=\"/art/2026/art_7922.html\" title=\"XX局2025年政府信息公开工作年度报告\">XX局…</a><span>[2026-01-20]</span></li></ul><div class=\"pagination\" rows=\"15\" count=\"31\" pageNo=\"1\"></div></div>"}}
            """;
        var first = profile.Read(shell.NextPage, response);
        Assert.Equal("http://www.x.gov.cn/art/2026/art_7922.html", Assert.Single(first.Items).Url.AbsoluteUri);
        Assert.Equal(
            "{\"pageNo\":2,\"pageSize\":15}",
            HttpUtility.ParseQueryString(first.NextPage!.Query)["paramJson"]
        );
        var last = profile.Read(first.NextPage, response.Replace("pageNo=\\\"1\\\"", "pageNo=\\\"3\\\""));
        Assert.Null(last.NextPage);
        Assert.Throws<FormatException>(() => profile.Read(shell.NextPage, """{"success":false,"data":{}}"""));
    }

    [Fact]
    public void Gkmlpt_finds_the_annual_report_category_and_pages_its_API_by_hundreds()
    {
        var profile = new GkmlptProfile();
        var index = new Uri("http://www.szpsq.gov.cn/gkmlpt/index");
        var start = profile.Read(
            index,
            "<script>window._CONFIG = { SID: '755041', TREE: [{id: 3, name: '政策文件'}, {id: 5, name: '工作年报', post_count: 150}], SERVICE_AREA_ID: 1 }</script>"
        );
        Assert.Equal("http://www.szpsq.gov.cn/gkmlpt/api/all/5?page=1&sid=755041", start.NextPage!.AbsoluteUri);

        var articles = string.Join(
            ",",
            Enumerable
                .Range(0, 100)
                .Select(i =>
                    $$"""{"id":{{9103540 + i}},"title":"XX区{{2023 - i}}年政府信息公开工作年度报告","first_publish_time":1706150000,"url":"http://www.szpsq.gov.cn/gkmlpt/content/9/9103/post_{{9103540 + i}}.html","attachment":[]}"""
                )
        );
        var page1 = profile.Read(
            start.NextPage,
            $$"""{"classify":{"id":5,"post_count":150},"total":150,"articles":[{{articles}}]}"""
        );
        Assert.Equal(100, page1.Items.Count);
        Assert.Equal(("XX区2023年政府信息公开工作年度报告", "2024-01-25"), (page1.Items[0].Title, page1.Items[0].Date));
        Assert.Equal("http://www.szpsq.gov.cn/gkmlpt/api/all/5?page=2&sid=755041", page1.NextPage!.AbsoluteUri);
        var page2 = profile.Read(
            page1.NextPage,
            """{"total":150,"articles":[{"title":"t","url":"http://www.szpsq.gov.cn/gkmlpt/content/9/9104/post_9104000.html"}]}"""
        );
        Assert.Null(page2.NextPage);
    }

    [Fact]
    public void Attachments_are_found_in_links_frames_viewers_downloads_and_scripts()
    {
        var page = new Uri("http://www.x.gov.cn/zwgk/ndbg/202401/t20240125_1.html");
        const string html = """
            <html><body>
            <a href="./P020240125.pdf">附件</a><a href="./P020240125.ofd">OFD</a><a href="../index.html">返回</a>
            <iframe src="/pdfjs/web/viewer.html?file=%2Ffiles%2Freport.pdf"></iframe>
            <embed src="/files/embedded.pdf"><object data="/files/object.docx"></object>
            <a href="/module/download/downfile.jsp?classid=0&filename=4e59a317.pdf">下载</a>
            <script>var rel_appendix = '<a href="./P020240126.doc">下载文字版</a>';</script>
            <script>window._CONFIG.DETAIL = {"content":"\u003Ca href=\"\/attachment\/1\/1658\/12541123.wps\"\u003E附件\u003C\/a\u003E"};</script>
            </body></html>
            """;

        var found = AttachmentLinks.Find(page, html).Select(u => u.AbsoluteUri).ToList();

        Assert.Equal(
            [
                "http://www.x.gov.cn/zwgk/ndbg/202401/P020240125.pdf",
                "http://www.x.gov.cn/zwgk/ndbg/202401/P020240125.ofd",
                "http://www.x.gov.cn/module/download/downfile.jsp?classid=0&filename=4e59a317.pdf",
                "http://www.x.gov.cn/files/report.pdf",
                "http://www.x.gov.cn/files/embedded.pdf",
                "http://www.x.gov.cn/files/object.docx",
                "http://www.x.gov.cn/zwgk/ndbg/202401/P020240126.doc",
                "http://www.x.gov.cn/attachment/1/1658/12541123.wps",
            ],
            found
        );
    }
}
