using Dapper;
using ReportIngest.Crawling;

namespace ReportIngest.Tests.Crawling;

/// <summary>A crawl killed (SIGKILL) at random points and restarted ends as an uninterrupted crawl does.</summary>
public class CrawlResumeTests
{
    private const int Kills = 20;

    [Fact]
    public async Task A_crawl_killed_twenty_times_ends_with_the_same_stored_set_and_no_duplicates()
    {
        using var site = GeneratedColumn.Serve();
        using var reference = new CrawlFixture();
        var uninterrupted = await reference.Crawl(
            new CrawlSource("column", GeneratedColumn.ListUrl(site)),
            ingest: true
        );
        Assert.Null(uninterrupted.SourceFailure);
        var expected = StoredSet(reference);
        Assert.Equal(14, expected.Documents.Count); // 6 HTML reports, 4 pages attaching PDFs, 4 PDFs

        // Kill points spread over a whole crawl as long as it takes on this machine (a fixed span of milliseconds lets
        // a fast machine finish first too often).
        using var timed = new CrawlFixture();
        var whole = System.Diagnostics.Stopwatch.StartNew();
        using (var first = StartCrawl(site, timed.DatabasePath))
            Assert.True(first.Process.WaitForExit(60_000), "the timed crawl did not finish");
        var crawlMilliseconds = (int)whole.ElapsedMilliseconds;

        using var killed = new CrawlFixture();
        var random = new Random(20261128);
        var kills = 0;
        var resumed = 0;
        for (var run = 0; kills < Kills && run < 80; run++)
        {
            using var crawl = StartCrawl(site, killed.DatabasePath);
            var wasKilled = crawl.KillAfter(random.Next(crawlMilliseconds / 10, crawlMilliseconds));
            if (crawl.Output.Contains("resuming the crawl", StringComparison.Ordinal))
                resumed++;
            if (wasKilled)
                kills++;
            else
            {
                // finished first: a re-crawl only revalidates, too quick to interrupt, so the next run starts from an
                // empty database
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (
                    var file in new[] { "", "-wal", "-shm" }
                        .Select(suffix => killed.DatabasePath + suffix)
                        .Where(File.Exists)
                )
                    File.Delete(file);
            }
        }
        Assert.Equal(Kills, kills);
        using (var last = StartCrawl(site, killed.DatabasePath))
        {
            Assert.True(last.Process.WaitForExit(60_000), "the final crawl did not finish");
            Assert.Equal(0, last.Process.ExitCode);
            if (last.Output.Contains("resuming the crawl", StringComparison.Ordinal))
                resumed++;
        }

        var actual = StoredSet(killed);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Items, actual.Items);
        using var connection = killed.Open();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(
            0,
            connection.ExecuteScalar<int>(
                "SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1)"
            )
        );
        // killed runs were resumed, not started over: every run but the last finished, and crawls said they resumed
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM crawl_runs WHERE finished_at IS NULL"));
        Assert.True(resumed > 0, "no crawl resumed a killed one");
    }

    private static (List<string> Documents, List<string> Items) StoredSet(CrawlFixture crawl)
    {
        using var connection = crawl.Open();
        var documents = connection
            .Query<string>("SELECT sha256 || ' ' || COALESCE(source_url, '') FROM documents ORDER BY 1")
            .ToList();
        var items = connection
            .Query<string>(
                "SELECT kind || ' ' || url || ' ' || state || ' ' || COALESCE(sha256, '') FROM crawl_items WHERE kind <> 'list' ORDER BY 1"
            )
            // a re-crawl after a finished run revalidates
            .Select(i => i.Replace(" unchanged ", " fetched ", StringComparison.Ordinal))
            .ToList();
        return (documents, items);
    }

    private static ChildProgram StartCrawl(TestSite site, string database) =>
        ChildProgram.Start(
            "--db",
            database,
            "crawl",
            GeneratedColumn.ListUrl(site).AbsoluteUri,
            "--ingest",
            "--allow-loopback",
            "--delay",
            "0.1"
        );
}
