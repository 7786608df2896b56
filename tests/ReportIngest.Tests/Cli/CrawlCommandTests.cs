using ReportIngest.Tests.Crawling;

namespace ReportIngest.Tests.Cli;

[Collection(nameof(ConsoleCollection))]
public class CrawlCommandTests
{
    [Fact]
    public void Crawl_from_a_sources_file_ingests_and_writes_a_WARC()
    {
        using var site = GeneratedColumn.Serve();
        using var folder = new TempFolder();
        var sources = folder.File(
            "sources.json",
            $$"""
            [ // the generated column; its year range drops nothing
              { "name": "某县", "url": "{{GeneratedColumn.ListUrl(site)}}", "profile": "trs", "from": 2010 },
            ]
            """
        );
        var database = Path.Combine(folder.Path, "r.db");
        var warc = Path.Combine(folder.Path, "crawl.warc");

        var (code, output, error) = CliRunner.Run(
            "--db",
            database,
            "crawl",
            "--sources",
            sources,
            "--ingest",
            "--allow-loopback",
            "--delay",
            "0.05",
            "--warc",
            warc
        );

        Assert.Equal(0, code);
        Assert.Contains(
            "某县: 3 list page(s), 10 report(s) listed, 14 fetched, 0 unchanged, 14 ingested, 0 failed",
            output
        );
        Assert.Contains("[某县] list page 1 (trs)", error);
        Assert.True(new FileInfo(warc).Length > 0);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "r.raw")));
    }

    [Fact]
    public void What_a_crawl_fetched_without_ingest_is_ingested_later_with_its_urls()
    {
        using var site = GeneratedColumn.Serve();
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "r.db");
        var (crawlCode, crawlOutput, _) = CliRunner.Run(
            "--db",
            database,
            "crawl",
            GeneratedColumn.ListUrl(site).AbsoluteUri,
            "--allow-loopback",
            "--delay",
            "0.05"
        );
        Assert.Equal(0, crawlCode);
        Assert.Contains("14 fetched, 0 unchanged, 0 ingested", crawlOutput);
        var requests = site.Log.Count;

        var (code, output, _) = CliRunner.Run("--db", database, "ingest", "--crawled", "--workers", "2");

        Assert.Equal(0, code);
        Assert.Contains("14 document(s): 14 stored, 0 already stored (unchanged), 0 failed", output);
        Assert.Equal(requests, site.Log.Count); // nothing fetched again
        using var connection = ReportIngest.Storage.Database.Open(database);
        Assert.Equal(
            14,
            Dapper.SqlMapper.ExecuteScalar<int>(
                connection,
                "SELECT count(*) FROM documents WHERE source_url LIKE 'http://127.0.0.1:%'"
            )
        );
    }

    [Theory]
    [InlineData("[{\"name\": \"x\"}]", "\"url\" is required")]
    [InlineData("[{\"url\": \"ftp://x.gov.cn/\"}]", "is not an http(s) URL")]
    [InlineData("[{\"url\": \"http://x.gov.cn/\", \"profile\": \"wordpress\"}]", "unknown profile")]
    [InlineData("{}", "expected a JSON array")]
    [InlineData("[{\"url\": \"http://x.gov.cn/a/\"}, {\"url\": \"http://x.gov.cn/a/\"}]", "two sources are named")]
    public void A_bad_sources_file_is_a_usage_error_saying_what_is_wrong(string json, string message)
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run(
            "--db",
            Path.Combine(folder.Path, "r.db"),
            "crawl",
            "--sources",
            folder.File("s.json", json)
        );
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_source_whose_list_cannot_be_read_fails_the_run_with_exit_1()
    {
        using var site = new TestSite();
        using var folder = new TempFolder();
        var (code, output, _) = CliRunner.Run(
            "--db",
            Path.Combine(folder.Path, "r.db"),
            "crawl",
            site.Url("/missing/").AbsoluteUri,
            "--allow-loopback",
            "--delay",
            "0"
        );
        Assert.Equal(1, code);
        Assert.Contains("SOURCE FAILED", output);
        Assert.Contains("404", output);
    }
}
