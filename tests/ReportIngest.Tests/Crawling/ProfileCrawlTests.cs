using ReportIngest.Crawling;

namespace ReportIngest.Tests.Crawling;

/// <summary>Generated list pages of each CMS family, paged as the real ones are.</summary>
public class ProfileCrawlTests
{
    private static string Item(string href, int year) =>
        $"<li><a href=\"{href}\" title=\"某区{year}年政府信息公开工作年度报告\">某区{year}年政府信息公开工作年度报告</a><span>{year + 1}-01-20</span></li>";

    private static string Report(int year) =>
        $"<html><head><title>某区{year}年政府信息公开工作年度报告</title></head><body><div class=\"TRS_Editor\"><p>正文</p></div></body></html>";

    /// <summary>A TRS column of three list pages, two reports each, with other news between them.</summary>
    private static TestSite TrsColumn(int pages = 3)
    {
        var site = new TestSite();
        for (var page = 0; page < pages; page++)
        {
            var items =
                string.Concat(
                    Enumerable.Range(0, 2).Select(i => Item($"./{page}{i}/t{page}{i}.html", 2024 - page * 2 - i))
                ) + $"<li><a href=\"./n{page}.html\" title=\"某区召开会议\">某区召开会议</a></li>";
            site.Route(
                page == 0 ? "/col/index.html" : $"/col/index_{page}.html",
                200,
                $"<html><body><ul>{items}</ul><script>createPageHTML({pages}, {page}, \"index\", \"html\");</script></body></html>"
            );
            for (var i = 0; i < 2; i++)
                site.Route($"/col/{page}{i}/t{page}{i}.html", 200, Report(2024 - page * 2 - i));
        }
        return site;
    }

    [Fact]
    public async Task A_pager_that_goes_on_stops_at_the_list_page_cap_and_says_so()
    {
        using var site = TrsColumn(pages: 12);
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(
            new CrawlSource("trs", site.Url("/col/index.html")),
            limits: new CrawlLimits { ListPages = 4 }
        );

        Assert.Equal((4, 8), (summary.ListPages, summary.ReportsFound));
        Assert.Contains("--max-list-pages", Assert.Single(summary.LimitsHit));
        Assert.Contains("LIMIT REACHED", summary.ToString());
        Assert.Empty(site.Requests("/col/index_4.html"));
    }

    [Fact]
    public async Task A_source_stops_at_its_item_cap_and_a_list_page_at_its_link_cap()
    {
        using var site = TrsColumn(pages: 5);
        using var crawl = new CrawlFixture();

        var items = await crawl.Crawl(
            new CrawlSource("trs", site.Url("/col/index.html")),
            limits: new CrawlLimits { ItemsPerSource = 5 }
        );
        Assert.Equal((3, 5), (items.ListPages, items.ReportsFound));
        Assert.Contains("--max-items", Assert.Single(items.LimitsHit));

        using var again = new CrawlFixture();
        var links = await again.Crawl(
            new CrawlSource("trs", site.Url("/col/index.html")),
            limits: new CrawlLimits { LinksPerListPage = 1 }
        );
        Assert.Equal((5, 5), (links.ListPages, links.ReportsFound));
        Assert.Equal(5, links.LimitsHit.Count(l => l.Contains("--max-links-per-page")));
    }

    [Fact]
    public async Task A_TRS_column_is_paged_through_createPageHTML()
    {
        using var site = TrsColumn();
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")));

        Assert.Equal((3, 6, 6), (summary.ListPages, summary.ReportsFound, summary.Fetched));
        Assert.Empty(site.Requests("/col/n")); // not reports: never requested
    }

    [Fact]
    public async Task A_re_crawl_stops_paging_at_the_page_holding_the_last_crawls_newest_report()
    {
        using var site = TrsColumn();
        using var crawl = new CrawlFixture();
        await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")));
        // a new report appears at the top of the first page
        site.Route(
            "/col/index.html",
            200,
            "<html><body><ul>"
                + Item("./new/t.html", 2025)
                + Item("./00/t00.html", 2024)
                + Item("./01/t01.html", 2023)
                + "</ul><script>createPageHTML(3, 0, \"index\", \"html\");</script></body></html>"
        );
        site.Route("/col/new/t.html", 200, Report(2025));

        var again = await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")));

        // the first page holds the last crawl's newest report: what follows it is known
        Assert.Equal(1, again.ListPages);
        Assert.Single(site.Requests("/col/index_1.html")); // by the first crawl only
        Assert.Single(site.Requests("/col/new/t.html"));
        Assert.NotNull(again.StoppedPaging);
    }

    [Fact]
    public async Task A_Hanweb_column_reads_its_embedded_records_then_the_data_proxy()
    {
        using var site = new TestSite();
        var embedded = string.Concat(
            Enumerable
                .Range(0, 2)
                .Select(i => $"<record><![CDATA[{Item($"/art/2025/1/2{i}/art_1_{i}.html", 2024 - i)}]]></record>")
        );
        site.Route(
            "/col/col1229/index.html",
            200,
            $"""
            <html><body><div id="4321"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup>
            <recordset>{embedded}</recordset></datastore></script></div>
            <script>var param_4321 = {"{"}col:1,webid:55,path:'/',columnid:1229,sourceContentType:1,unitid:'4321',webname:'某区人民政府',permissiontype:0{"}"};
            $('#4321').jpage({"{"}totalRecord:4,perPage:15,proxyUrl:'/module/web/jpage/dataproxy.jsp',groupSize:3{"}"});</script></body></html>
            """
        );
        var more = string.Concat(
            Enumerable
                .Range(2, 2)
                .Select(i => $"<record><![CDATA[{Item($"/art/2025/1/2{i}/art_1_{i}.html", 2024 - i)}]]></record>")
        );
        site.Route(
            "/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=47&perpage=15&col=1&webid=55&path=%2f&columnid=1229&sourceContentType=1&unitid=4321&webname=%E6%9F%90%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&permissiontype=0",
            200,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>4</totalrecord><totalpage>1</totalpage><recordset>{more}</recordset></datastore>",
            "text/xml; charset=utf-8"
        );
        for (var i = 0; i < 4; i++)
            site.Route($"/art/2025/1/2{i}/art_1_{i}.html", 200, Report(2024 - i));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("hanweb", site.Url("/col/col1229/index.html")));

        Assert.Equal((2, 4, 4), (summary.ListPages, summary.ReportsFound, summary.Fetched));
    }

    [Fact]
    public async Task The_year_range_and_title_pattern_choose_the_reports()
    {
        using var site = TrsColumn(pages: 1);
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")) { FromYear = 2024 });

        Assert.Equal((1, 1), (summary.ReportsFound, summary.Fetched));
    }

    [Fact]
    public async Task A_unitbuild_column_is_read_through_its_gateway_page_by_page()
    {
        using var site = new TestSite();
        site.Route(
            "/col/col1/index.html",
            200,
            """
            <html><body><script src="/cms_files/unitbuild.js" url="/api-gateway/jpaas-publish-server/front/page/build/unit" queryData="{'parseType':'bulidstatic','webId':'1','pageType':'column','tagId':'信息列表','pageId':'9'}"></script></body></html>
            """
        );
        site.Route("/api-gateway/jpaas-publish-server/front/page/build/unit?*", (context, _) =>
        {
            var page = context.Request.QueryString["paramJson"] is { } json && json.Contains("\"pageNo\":2") ? 2 : 1;
            var html =
                Item($"/art/{page}.html", 2025 - page)
                + $"<div class=\"pagination\" rows=\"1\" count=\"2\" pageNo=\"{page}\"></div>";
            return TestSite.Respond(
                context,
                200,
                System.Text.Json.JsonSerializer.Serialize(new { success = true, data = new { html } }),
                "application/json"
            );
        });
        site.Route("/art/1.html", 200, Report(2024));
        site.Route("/art/2.html", 200, Report(2023));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("unitbuild", site.Url("/col/col1/index.html")));

        Assert.Equal((3, 2, 2), (summary.ListPages, summary.ReportsFound, summary.Fetched));
    }

    [Fact]
    public async Task A_gkmlpt_category_is_read_through_its_API()
    {
        using var site = new TestSite();
        site.Route(
            "/gkmlpt/index",
            200,
            "<html><script>window._CONFIG = { SID: '755041', TREE: [{id: 5, name: '工作年报'}], SERVICE_AREA_ID: 1 }</script></html>"
        );
        site.Route(
            "/gkmlpt/api/all/5?page=1&sid=755041",
            200,
            $$"""{"total":2,"articles":[{"title":"某区2024年政府信息公开工作年度报告","url":"{{site.Url("/gkmlpt/content/1/1/post_1.html")}}"},{"title":"某区2023年政府信息公开工作年度报告","url":"/gkmlpt/content/1/1/post_2.html"}]}""",
            "application/json"
        );
        site.Route("/gkmlpt/content/1/1/post_1.html", 200, Report(2024));
        site.Route("/gkmlpt/content/1/1/post_2.html", 200, Report(2023));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("gkmlpt", site.Url("/gkmlpt/index")));

        Assert.Equal((2, 2, 2), (summary.ListPages, summary.ReportsFound, summary.Fetched));
    }

    [Fact]
    public async Task An_attachment_on_another_host_is_fetched_only_when_the_source_declares_that_host()
    {
        using var site = new TestSite();
        // the same server under another name: a different host to the crawler
        var otherHost = new UriBuilder(site.Root) { Host = "localhost" }.Uri;
        site.Route("/col/index.html", 200, "<html><body><ul>" + Item("/col/a.html", 2024) + "</ul></body></html>");
        site.Route(
            "/col/a.html",
            200,
            $"<html><body><a href=\"{new Uri(otherHost, "/files/a.pdf")}\">附件</a></body></html>"
        );
        site.Route("/files/a.pdf", 200, "%PDF-1.4", "application/pdf");

        using (var crawl = new CrawlFixture())
        {
            var undeclared = await crawl.Crawl(new CrawlSource("x", site.Url("/col/index.html")));
            Assert.Equal(1, undeclared.Failures["refused"]);
            Assert.Empty(site.Requests("/files/"));
        }
        using (var crawl = new CrawlFixture())
        {
            var declared = await crawl.Crawl(
                new CrawlSource("x", site.Url("/col/index.html")) { AttachmentHosts = ["localhost"] }
            );
            Assert.Equal(2, declared.Fetched);
            Assert.Single(site.Requests("/files/"));
        }
    }

    [Fact]
    public async Task A_re_crawl_pages_on_when_the_last_crawl_did_not_read_the_whole_list()
    {
        using var site = TrsColumn();
        site.Route("/col/index_2.html", 500, "busy");
        using var crawl = new CrawlFixture();
        var options = CrawlFixture.Options with { MaxRetries = 0 };
        var first = await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")), options: options);
        Assert.Equal(2, first.ListPages);
        site.Route(
            "/col/index_2.html",
            200,
            "<html><body><ul>"
                + Item("./20/t20.html", 2020)
                + Item("./21/t21.html", 2019)
                + "</ul><script>createPageHTML(3, 2, \"index\", \"html\");</script></body></html>"
        );

        var again = await crawl.Crawl(new CrawlSource("trs", site.Url("/col/index.html")), options: options);

        Assert.Equal(3, again.ListPages);
        Assert.Null(again.StoppedPaging);
        Assert.Single(site.Requests("/col/20/t20.html"));
    }
}
