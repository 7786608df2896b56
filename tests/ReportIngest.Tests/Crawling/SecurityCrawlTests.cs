using System.Net;
using Dapper;
using ReportIngest.Crawling;
using ReportIngest.Crawling.Fetching;
using ReportIngest.Crawling.Profiles;

namespace ReportIngest.Tests.Crawling;

/// <summary>A server cannot steer the crawler: each refused request is recorded with its reason.</summary>
public class SecurityCrawlTests
{
    private static string List(params string[] links) =>
        $"<html><body><ul>{string.Concat(links.Select((l, i) => $"<li><a href=\"{l}\" title=\"某区{2024 - i}年政府信息公开工作年度报告\">报告</a></li>"))}</ul></body></html>";

    private const string Report =
        "<html><head><title>某区2024年政府信息公开工作年度报告</title></head><body><p>正文</p></body></html>";

    private static async Task<(
        CrawlSummary Summary,
        List<(string Url, string? Failure, string? Message)> Fetches
    )> Crawl(CrawlFixture crawl, CrawlSource source)
    {
        var summary = await crawl.Crawl(source);
        using var connection = crawl.Open();
        return (
            summary,
            connection
                .Query<(string, string?, string?)>("SELECT final_url, failure, message FROM fetches ORDER BY id")
                .ToList()
        );
    }

    [Fact]
    public async Task Redirects_to_another_host_to_loopback_and_to_private_or_link_local_addresses_are_refused_and_recorded()
    {
        using var site = new TestSite();
        var local = new UriBuilder(site.Root) { Host = "localhost" }.Uri; // the source's host
        site.Route("/col/", 200, List("/r/elsewhere.html", "/r/loopback.html", "/r/private.html", "/r/metadata.html"));
        site.Route("/r/elsewhere.html", 302, "", "text/html", ("Location", "http://www.example.com/report.html"));
        // 127.0.0.1: not this source's host
        site.Route("/r/loopback.html", 302, "", "text/html", ("Location", site.Url("/r/report.html").AbsoluteUri));
        site.Route("/r/private.html", 302, "", "text/html", ("Location", "http://10.20.30.40/report.html"));
        site.Route("/r/metadata.html", 302, "", "text/html", ("Location", "http://169.254.169.254/latest/meta-data/"));
        using var crawl = new CrawlFixture();
        // the private and link-local addresses are even declared as attachment hosts: the address check still refuses
        // them
        var source = new CrawlSource("x", new Uri(local, "/col/"))
        {
            AttachmentHosts = ["10.20.30.40", "169.254.169.254"],
        };

        var (summary, fetches) = await Crawl(crawl, source);

        Assert.Equal(4, summary.Failures["refused"]);
        Assert.Empty(site.Requests("/r/report.html"));
        var refused = fetches.Where(f => f.Failure == "refused").Select(f => f.Message!).ToList();
        Assert.Contains(refused, m => m.Contains("www.example.com is not a host this source may request"));
        Assert.Contains(refused, m => m.Contains("127.0.0.1 is not a host this source may request"));
        Assert.Contains(refused, m => m.Contains("10.20.30.40") && m.Contains("not a public address"));
        Assert.Contains(refused, m => m.Contains("169.254.169.254") && m.Contains("not a public address"));
    }

    [Theory]
    [InlineData("8.8.8.8", false, true)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("127.0.0.1", true, true)]
    [InlineData("::1", false, false)]
    [InlineData("10.1.2.3", true, false)]
    [InlineData("172.16.0.1", true, false)]
    [InlineData("192.168.1.1", true, false)]
    [InlineData("169.254.169.254", true, false)]
    [InlineData("100.64.0.1", true, false)]
    [InlineData("0.0.0.0", true, false)]
    [InlineData("fe80::1", true, false)]
    [InlineData("fd00::1", true, false)]
    [InlineData("::ffff:10.0.0.1", true, false)]
    [InlineData("2001:4860:4860::8888", false, true)]
    public void Only_public_addresses_may_be_connected_to(string address, bool allowLoopback, bool allowed) =>
        Assert.Equal(allowed, AddressPolicy.MayConnect(IPAddress.Parse(address), allowLoopback));

    [Fact]
    public async Task A_server_supplied_file_name_never_becomes_a_path()
    {
        using var site = new TestSite();
        site.Route("/col/", 200, List("/r/a.html"));
        site.Route(
            "/r/a.html",
            200,
            "<html><body><a href=\"/files/..%2F..%2F..%2Fevil.pdf\">附件</a><a href=\"/files/%2e%2e/%2e%2e/evil2.pdf\">附件</a></body></html>"
        );
        site.Route(
            "/files/..%2F..%2F..%2Fevil.pdf",
            200,
            "%PDF-1.4 evil",
            "application/pdf",
            ("Content-Disposition", "attachment; filename=\"../../../../evil.pdf\"")
        );
        site.Route(
            "/evil2.pdf",
            200,
            "%PDF-1.4 evil2",
            "application/pdf",
            ("Content-Disposition", "attachment; filename=\"/etc/cron.d/evil\"")
        );
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(new CrawlSource("x", site.Url("/col/")));

        Assert.Equal(3, summary.Fetched);
        var stored = Directory
            .GetFiles(crawl.Raw.Root, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ToList();
        Assert.All(stored, name => Assert.Matches("^[0-9a-f]{64}$", name));
        Assert.All(Directory.GetFiles(crawl.Raw.Root, "*", SearchOption.AllDirectories), path =>
            Assert.StartsWith(crawl.Raw.Root, Path.GetFullPath(path))
        );
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(crawl.Raw.Root)!, "evil.pdf")));
    }

    [Fact]
    public void Hanweb_list_XML_with_an_entity_bomb_is_not_expanded()
    {
        var bomb = System
            .Text.Encoding.UTF8.GetString(ReportIngest.Fuzz.Mutations.BillionLaughs)
            .Replace("w:document", "datastore");
        var url = new Uri("http://www.x.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var page = new HanwebJpageProfile().Read(url, bomb);

        Assert.Empty(page.Items);
        Assert.Null(page.NextPage);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000);
    }

    [Fact]
    public async Task Cookies_are_never_kept_or_sent_and_no_credentials_go_anywhere()
    {
        using var site = new TestSite();
        site.Route(
            "/col/",
            200,
            List("/r/a.html", "http://user:secret@www.example.com/r/b.html"),
            "text/html",
            ("Set-Cookie", "SESSION=abc; Path=/")
        );
        site.Route("/r/a.html", 200, Report, "text/html", ("Set-Cookie", "TRACK=1; Path=/"));
        using var crawl = new CrawlFixture();

        var (summary, _) = await Crawl(crawl, new CrawlSource("x", site.Url("/col/")) { TitlePattern = new(".") });

        Assert.Equal(1, summary.Fetched); // b is on a host the source does not allow: never requested
        Assert.All(site.Requests(), r =>
            Assert.False(
                r.Headers.ContainsKey("Cookie") || r.Headers.ContainsKey("Authorization"),
                $"{r.Path} sent {string.Join(", ", r.Headers.Keys)}"
            )
        );
    }

    [Fact]
    public async Task Source_names_and_titles_full_of_SQL_are_stored_as_data()
    {
        using var site = new TestSite();
        const string title = "某区2024年政府信息公开工作年度报告'); DELETE FROM fetches; --\"";
        site.Route(
            "/col/",
            200,
            $"<html><body><a href=\"/r/a.html\" title=\"{System.Net.WebUtility.HtmlEncode(title)}\">x</a></body></html>"
        );
        site.Route("/r/a.html", 200, Report);
        using var crawl = new CrawlFixture();
        var source = new CrawlSource("x'); DROP TABLE crawl_items; --", site.Url("/col/"));

        await crawl.Crawl(source);
        var again = await crawl.Crawl(source);

        Assert.Equal(1, again.Unchanged + again.Fetched);
        using var connection = crawl.Open();
        Assert.Equal(title, connection.ExecuteScalar<string>("SELECT title FROM crawl_items WHERE kind = 'report'"));
        Assert.Equal(source.Name, connection.ExecuteScalar<string>("SELECT DISTINCT source FROM crawl_runs"));
        Assert.True(connection.ExecuteScalar<int>("SELECT count(*) FROM fetches") > 0);
    }
}
