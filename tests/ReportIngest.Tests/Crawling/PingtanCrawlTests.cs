using Dapper;
using ReportIngest.Crawling;

namespace ReportIngest.Tests.Crawling;

/// <summary>The real TRS column of ../shared/corpus/sites/pingtan served on 127.0.0.1 under its own paths.</summary>
public class PingtanCrawlTests
{
    private static readonly string[] Present =
    [
        "202603/t20260313_105587.htm",
        "202403/t20240308_87885.htm",
        "202202/t20220208_80613.htm",
        "202001/t20200120_80576.htm",
        "201901/t20190110_80529.htm",
    ];

    private static (TestSite Site, CrawlSource Source) Serve()
    {
        var site = new TestSite(TestPaths.RequireShared("sites/pingtan/www"));
        return (site, new CrawlSource("pingtan", site.Url("/zwgk/zfxxgk/zfxxgknb/")));
    }

    [SkippableFact]
    public async Task Every_report_page_present_is_stored_with_its_url_and_every_absent_one_recorded_as_not_found()
    {
        var (site, source) = Serve();
        using var _ = site;
        using var crawl = new CrawlFixture();

        var summary = await crawl.Crawl(source, ingest: true);

        Assert.Equal((1, 10, 5, 5), (summary.ListPages, summary.ReportsFound, summary.Fetched, summary.Ingested));
        Assert.Equal(new Dictionary<string, int> { ["not_found"] = 5 }, summary.Failures);
        Assert.Null(summary.SourceFailure);
        using var connection = crawl.Open();
        var stored = connection
            .Query<string>("SELECT d.source_url FROM reports r JOIN documents d ON d.id = r.document_id")
            .Order()
            .ToList();
        Assert.Equal(Present.Select(p => site.Url("/zwgk/zfxxgk/zfxxgknb/" + p).AbsoluteUri).Order(), stored);
        // and the 2018 report, pre-2019
        Assert.Equal(4, connection.ExecuteScalar<int>("SELECT count(*) FROM reports WHERE parse_status = 'complete'"));
        Assert.All(connection.Query<string>("SELECT url FROM fetches"), url =>
            Assert.StartsWith(site.Root.AbsoluteUri, url)
        );
        Assert.Equal("/robots.txt", site.Requests()[0].Path);
    }

    [SkippableFact]
    public async Task A_second_crawl_revalidates_with_conditional_requests_and_transfers_no_report_body()
    {
        var (site, source) = Serve();
        using var _ = site;
        using var crawl = new CrawlFixture();
        await crawl.Crawl(source, ingest: true);
        var firstCrawl = site.Log.Count;

        var again = await crawl.Crawl(source, ingest: true);

        Assert.Equal((0, 5, 0), (again.Fetched, again.Unchanged, again.Ingested));
        var secondCrawl = site.Requests().Skip(firstCrawl).ToList();
        var reportPages = secondCrawl
            .Where(r => Present.Any(p => r.Path.EndsWith(p, StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(5, reportPages.Count);
        Assert.All(reportPages, r => Assert.Equal(304, r.Status));
        Assert.All(reportPages, r => Assert.True(r.Headers.ContainsKey("If-None-Match")));
        Assert.Equal(304, secondCrawl.Single(r => r.Path == "/zwgk/zfxxgk/zfxxgknb/").Status);
    }

    [SkippableFact]
    public async Task Requests_to_the_host_are_spaced_by_the_delay_one_at_a_time_on_one_connection()
    {
        var (site, source) = Serve();
        using var _ = site;
        using var crawl = new CrawlFixture();
        var delay = TimeSpan.FromMilliseconds(300);

        await crawl.Crawl(source, options: CrawlFixture.Options with { HostDelay = delay });

        var requests = site.Requests();
        Assert.Equal(12, requests.Count); // robots.txt, the list, ten report pages
        foreach (var (earlier, later) in requests.Zip(requests.Skip(1)))
            Assert.True(
                later.Start - earlier.End >= delay - TimeSpan.FromMilliseconds(15),
                $"{later.Path} came {(later.Start - earlier.End).TotalMilliseconds:F0} ms after {earlier.Path}"
            );
        Assert.Single(requests.Select(r => r.ClientPort).Distinct());
        Assert.All(requests, r => Assert.StartsWith("ReportIngest/", r.Headers["User-Agent"]));
    }
}
