using System.Text;
using Dapper;
using ReportIngest.Crawling;

namespace ReportIngest.Tests.Crawling;

/// <summary>Generated sites that misbehave as real ones do: each failure is recorded with its class, the crawl goes on
/// or stops as it must.</summary>
public class FaultCrawlTests
{
    private const string Title = "某区2024年政府信息公开工作年度报告";

    /// <summary>A list page at /col/ linking the given paths as reports.</summary>
    private static TestSite Site(params string[] reportPaths)
    {
        var site = new TestSite();
        site.Route("/col/", 200, ListPage(reportPaths));
        return site;
    }

    private static string ListPage(IEnumerable<string> paths, string pager = "") =>
        $"<html><body><ul>{string.Concat(paths.Select((p, i) => $"<li><a href=\"{p}\" title=\"某区{2024 - i}年政府信息公开工作年度报告\">报告</a><span>2025-01-2{i % 9}</span></li>"))}</ul>{pager}</body></html>";

    private static CrawlSource Source(TestSite site, string path = "/col/") => new("test", site.Url(path));

    private static string Report(string agency = "某区") =>
        $"<html><head><title>{agency}2024年政府信息公开工作年度报告</title></head><body><div class=\"TRS_Editor\"><p>{agency}2024年政府信息公开工作年度报告</p></div></body></html>";

    [Fact]
    public async Task A_column_robots_txt_disallows_is_not_requested()
    {
        using var site = Site("/col/a.html");
        site.Route("/robots.txt", 200, "User-agent: *\nDisallow: /col/\n", "text/plain");
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Contains("robots.txt", summary.SourceFailure);
        Assert.Equal(["/robots.txt"], site.Requests().Select(r => r.Path));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_backoff()
    {
        using var site = Site("/col/a.html");
        site.Route("/col/a.html", (context, call) =>
            call < 2 ? TestSite.Respond(context, 500, "busy") : TestSite.Respond(context, 200, Report())
        );
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site), options: CrawlFixture.Options with { HostDelay = TimeSpan.Zero });

        Assert.Equal(1, summary.Fetched);
        var attempts = site.Requests("/col/a.html");
        Assert.Equal([500, 500, 200], attempts.Select(r => r.Status));
        var first = attempts[1].Start - attempts[0].End;
        var second = attempts[2].Start - attempts[1].End;
        // base 100 ms × jitter ≥ 0.5
        Assert.True(first >= TimeSpan.FromMilliseconds(50), $"first retry after {first.TotalMilliseconds} ms");
        // 200 ms × jitter ≥ 0.5
        Assert.True(second >= TimeSpan.FromMilliseconds(100), $"second retry after {second.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out()
    {
        using var site = Site("/col/a.html");
        site.Route("/col/a.html", (context, call) =>
            call == 0
                ? TestSite.Respond(context, 429, "slow down", "text/plain", ("Retry-After", "1"))
                : TestSite.Respond(context, 200, Report())
        );
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Fetched);
        var attempts = site.Requests("/col/a.html");
        Assert.True(attempts[1].Start - attempts[0].End >= TimeSpan.FromSeconds(0.98));
    }

    [Fact]
    public async Task Repeated_429_stops_the_host_and_is_recorded()
    {
        using var site = Site("/col/a.html", "/col/b.html", "/col/c.html");
        site.Route("/col/a.html", 429, "slow down", "text/plain", ("Retry-After", "0"));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Failures["rate_limited_429"]);
        Assert.Equal(2, summary.Failures["host_stopped"]);
        Assert.NotNull(summary.SourceFailure);
        Assert.Empty(site.Requests("/col/b.html"));
        Assert.Empty(site.Requests("/col/c.html"));
    }

    [Theory]
    [InlineData(403, "blocked_403")]
    [InlineData(412, "blocked_412")]
    public async Task A_refusal_stops_the_host_without_retrying(int status, string failure)
    {
        using var site = Site("/col/a.html", "/col/b.html");
        site.Route("/col/a.html", status, "<html><body>denied</body></html>");
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Failures[failure]);
        Assert.Single(site.Requests("/col/a.html"));
        Assert.Empty(site.Requests("/col/b.html"));
        using var connection = crawl.Open();
        Assert.Equal(
            failure,
            connection.ExecuteScalar<string>("SELECT failure FROM fetches WHERE url LIKE '%/col/a.html'")
        );
    }

    [Fact]
    public async Task A_captcha_page_stops_the_host()
    {
        using var site = Site("/col/a.html", "/col/b.html");
        site.Route(
            "/col/a.html",
            200,
            "<html><head><title>安全验证</title></head><body>请输入验证码 <img src=\"/captcha.jpg\"></body></html>"
        );
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Failures["captcha"]);
        Assert.Empty(site.Requests("/col/b.html"));
    }

    [Fact]
    public async Task Redirect_loops_and_redirects_off_the_source_are_refused()
    {
        using var site = Site("/col/loop.html", "/col/away.html", "/col/ok.html");
        site.Route("/col/loop.html", 302, "", "text/html", ("Location", "/col/loop.html"));
        site.Route("/col/away.html", 301, "", "text/html", ("Location", "http://www.example.com/report.html"));
        site.Route("/col/ok.html", 200, Report());
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal((1, 1, 1), (summary.Failures["too_many_redirects"], summary.Failures["refused"], summary.Fetched));
        Assert.Equal(6, site.Requests("/col/loop.html").Count); // the first request and five redirects
    }

    [Fact]
    public async Task A_response_over_the_size_limit_is_abandoned_whether_announced_or_not()
    {
        using var site = Site("/col/announced.html", "/col/chunked.html");
        var big = new byte[50 * 1024 * 1024];
        site.Route("/col/announced.html", (context, _) => TestSite.Respond(context, 200, big, "text/html"));
        site.Route("/col/chunked.html", async (context, _) =>
        {
            context.Response.SendChunked = true;
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 50; i++)
                await context.Response.OutputStream.WriteAsync(big.AsMemory(0, 1024 * 1024));
            context.Response.Close();
        });
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(2, summary.Failures["too_large"]);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_after_the_retries()
    {
        using var site = Site("/col/slow.html", "/col/ok.html");
        site.Route("/col/slow.html", async (context, _) =>
        {
            // far beyond the timeout: a loaded machine cannot make it answer in time
            await Task.Delay(TimeSpan.FromSeconds(30));
            await TestSite.Respond(context, 200, Report());
        });
        site.Route("/col/ok.html", 200, Report());
        using var crawl = new CrawlFixture();

        // a timeout a loaded machine's first requests (robots.txt, the list page) still meet
        var summary = await crawl.Crawl(
            Source(site),
            options: CrawlFixture.Options with
            {
                RequestTimeout = TimeSpan.FromSeconds(2),
                MaxRetries = 1,
            }
        );

        Assert.Equal("timeout=1", string.Join(", ", summary.Failures.Select(f => $"{f.Key}={f.Value}")));
        Assert.Equal(1, summary.Fetched); // the crawl went on
    }

    [Fact]
    public async Task A_GBK_list_page_is_read()
    {
        using var site = new TestSite();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding
            .GetEncoding("GBK")
            .GetBytes(ListPage(["/col/a.html"]).Replace("<html>", "<html><head><meta charset=\"gbk\"></head>"));
        site.Route("/col/", (context, _) => TestSite.Respond(context, 200, gbk, "text/html"));
        site.Route("/col/a.html", 200, Report());
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal((1, 1), (summary.ReportsFound, summary.Fetched));
    }

    [Fact]
    public async Task Attachments_a_report_page_links_are_fetched_with_the_page_as_referrer()
    {
        using var site = Site("/col/a.html");
        var pdf = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "generated", "gen_15_gov2021_stream_clean.pdf"));
        site.Route(
            "/col/a.html",
            200,
            "<html><body><p>见附件</p><a href=\"./P020250101.pdf\">附件</a>"
                + "<iframe src=\"/pdfjs/web/viewer.html?file=/files/report.pdf\"></iframe><a href=\"/index.html\">首页</a></body></html>"
        );
        site.Route("/col/P020250101.pdf", (context, _) => TestSite.Respond(context, 200, pdf, "application/pdf"));
        site.Route("/files/report.pdf", (context, _) => TestSite.Respond(context, 200, pdf, "application/pdf"));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site), ingest: true);

        Assert.Equal(3, summary.Fetched);
        Assert.All(site.Requests("/col/P020").Concat(site.Requests("/files/")), r =>
            Assert.Equal(site.Url("/col/a.html").AbsoluteUri, r.Headers["Referer"])
        );
        using var connection = crawl.Open();
        // the same PDF twice is one document
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT count(*) FROM reports WHERE parse_status = 'complete'"));
    }

    [Fact]
    public async Task Loopback_is_refused_unless_allowed()
    {
        using var site = Site("/col/a.html");
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site), options: CrawlFixture.Options with { AllowLoopback = false });

        Assert.Contains("not a public address", summary.SourceFailure);
        Assert.Empty(site.Requests());
    }

    [Fact]
    public async Task A_crawl_delay_no_crawl_can_keep_stops_the_host_with_a_reason_instead_of_waiting()
    {
        using var site = Site("/col/a.html");
        site.Route("/robots.txt", 200, "User-agent: *\nCrawl-delay: 100000\n", "text/plain");
        site.Route("/col/a.html", 200, Report());
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site)); // waiting 100,000 s would end the test by its time-out

        Assert.Equal(1, summary.Failures["crawl_delay_too_long"]);
        Assert.Contains("a Crawl-delay of 100000 s", summary.SourceFailure);
        Assert.Equal(["/robots.txt"], site.Requests().Select(r => r.Path));
    }

    [Fact]
    public async Task A_redirected_robots_txt_is_followed_and_obeyed()
    {
        using var site = Site("/col/a.html");
        site.Route("/robots.txt", 301, "", "text/plain", ("Location", "/seo/robots.txt"));
        site.Route("/seo/robots.txt", 200, "User-agent: *\nDisallow: /col/a.html\n", "text/plain");
        site.Route("/col/a.html", 200, Report());
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Failures["robots_disallowed"]);
        Assert.Null(summary.SourceFailure); // the list itself is allowed
        Assert.Empty(site.Requests("/col/a.html"));
    }

    [Fact]
    public async Task A_robots_txt_the_server_cannot_give_means_nothing_may_be_fetched()
    {
        using var site = Site("/col/a.html");
        site.Route("/robots.txt", 500, "oops", "text/plain");
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Contains("robots.txt", summary.SourceFailure);
        Assert.Empty(site.Requests("/col/"));
    }

    [Fact]
    public async Task A_503_asking_for_longer_than_we_wait_is_recorded_not_retried()
    {
        using var site = Site("/col/a.html");
        site.Route("/col/a.html", 503, "maintenance", "text/plain", ("Retry-After", "3600"));
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site));

        Assert.Equal(1, summary.Failures["server_error"]);
        Assert.Single(site.Requests("/col/a.html"));
    }

    [Fact]
    public async Task The_robots_txt_Crawl_delay_spaces_every_request_after_it()
    {
        using var site = Site("/col/a.html", "/col/b.html");
        site.Route("/robots.txt", 200, "User-agent: *\nCrawl-delay: 0.6\n", "text/plain");
        site.Route("/col/a.html", 200, Report());
        site.Route("/col/b.html", 200, Report());
        using var crawl = new CrawlFixture();

        await crawl.Crawl(
            Source(site),
            options: CrawlFixture.Options with
            {
                HostDelay = TimeSpan.FromMilliseconds(50),
            }
        );

        var requests = site.Requests();
        Assert.Equal(4, requests.Count);
        foreach (var (earlier, later) in requests.Zip(requests.Skip(1)))
            Assert.True(
                later.Start - earlier.End >= TimeSpan.FromMilliseconds(585),
                $"{later.Path} {(later.Start - earlier.End).TotalMilliseconds:F0} ms after {earlier.Path}"
            );
    }

    [Fact]
    public async Task A_list_url_that_redirects_resolves_its_links_where_it_landed()
    {
        using var site = new TestSite();
        site.Route("/col", 301, "", "text/html", ("Location", "/col/"));
        site.Route("/col/", 200, ListPage(["./a.html"]));
        site.Route("/col/a.html", 200, Report());
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(Source(site, "/col"));

        Assert.Equal((1, 1), (summary.ReportsFound, summary.Fetched));
        Assert.Single(site.Requests("/col/a.html"));
    }

    [Fact]
    public async Task A_report_that_failed_is_tried_again_by_the_next_crawl()
    {
        using var site = Site("/col/a.html");
        site.Route("/col/a.html", (context, call) =>
            call == 0 ? TestSite.Respond(context, 500, "busy") : TestSite.Respond(context, 200, Report())
        );
        using var crawl = new CrawlFixture();
        var options = CrawlFixture.Options with { MaxRetries = 0 };

        var first = await crawl.Crawl(Source(site), options: options);
        var second = await crawl.Crawl(Source(site), options: options);

        Assert.Equal((1, 0), (first.Failures["server_error"], first.Fetched));
        Assert.Equal(1, second.Fetched);
    }

    [Fact]
    public async Task A_crawl_killed_between_a_response_and_its_commit_keeps_the_body_when_the_resume_gets_304()
    {
        using var site = new TestSite(Path.Combine(TestPaths.Corpus, "generated"));
        var page = "/gen_11_gov2021_trs_fault.html";
        site.Route("/col/", 200, ListPage([page]));
        using var crawl = new CrawlFixture();
        var source = Source(site);

        // the "kill": the process dies right after the report page's response is logged, before its item is completed
        using (var connection = crawl.Open())
        using (var fetcher = new ReportIngest.Crawling.Fetching.PoliteFetcher(CrawlFixture.Options))
        {
            var crawler = new Crawler(connection, crawl.Raw, fetcher)
            {
                Ingest = ReportIngest.Ingestion.CrawlIngestion.Through(
                    new ReportIngest.Ingestion.IngestRunner(ReportIngest.Ingestion.DocumentProcessor.Default, 1),
                    connection,
                    crawl.Raw
                ),
            };
            void Kill(ReportIngest.Crawling.Fetching.FetchResult exchange)
            {
                if (exchange.FinalUrl.AbsolutePath == page && exchange.Status == 200)
                    throw new IOException("killed");
            }
            // subscribed once the crawl runs, so after the crawler's own recording of the exchange
            await Assert.ThrowsAsync<IOException>(() => crawler.CrawlAsync(source, ingest: true, progress: _ =>
                {
                    fetcher.Exchanged -= Kill;
                    fetcher.Exchanged += Kill;
                }));
        }

        var resumed = await crawl.Crawl(source, ingest: true);

        Assert.True(resumed.Resumed);
        // a 304, and the body from the first response
        Assert.Equal((0, 1, 1), (resumed.Fetched, resumed.Unchanged, resumed.Ingested));
        Assert.Equal(304, site.Requests(page).Last().Status);
    }
}
