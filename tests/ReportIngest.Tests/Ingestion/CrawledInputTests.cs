using ReportIngest.Crawling;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;
using ReportIngest.Storage;
using ReportIngest.Tests.Crawling;

namespace ReportIngest.Tests.Ingestion;

/// <summary>What a crawl fetched goes through the one ingestion pipeline: its workers, its time limit, its
/// summary.</summary>
public class CrawledInputTests
{
    /// <summary>Reads in this process, slowly enough for workers to overlap, and notes each call's time limit and the
    /// most calls at once.</summary>
    private sealed class WatchedParser : IDocumentParser
    {
        private int _running;
        public int MostAtOnce;
        public readonly List<TimeSpan> Limits = [];

        public ProcessedDocument Parse(SourceDocument source, TimeSpan limit)
        {
            var running = Interlocked.Increment(ref _running);
            lock (Limits)
            {
                Limits.Add(limit);
                MostAtOnce = Math.Max(MostAtOnce, running);
            }
            Thread.Sleep(50);
            Interlocked.Decrement(ref _running);
            return DocumentProcessor.Default.Process(source, limit);
        }
    }

    [Fact]
    public async Task Crawled_documents_are_read_by_the_pipelines_workers_within_its_time_limit_and_counted_in_its_summary()
    {
        using var site = GeneratedColumn.Serve();
        using var crawl = new CrawlFixture();
        await crawl.Crawl(new CrawlSource("column", GeneratedColumn.ListUrl(site)));
        using var connection = crawl.Open();
        var parser = new WatchedParser();
        var runner = new IngestRunner(parser, workers: 3) { TimeLimit = TimeSpan.FromSeconds(7) };

        var summary = runner.Run(
            IngestInputs.FromCrawl(new CrawlState(connection).AllWithBodies(), crawl.Raw),
            connection
        );
        var again = runner.Run(
            IngestInputs.FromCrawl(new CrawlState(connection).AllWithBodies(), crawl.Raw),
            connection
        );

        Assert.Equal((14, 0), (summary.Stored, summary.Failures.Count));
        // the second run read nothing: every body was known stored by its SHA-256
        Assert.Equal(14, parser.Limits.Count);
        Assert.All(parser.Limits, limit => Assert.Equal(TimeSpan.FromSeconds(7), limit));
        Assert.InRange(parser.MostAtOnce, 2, 3);
        Assert.Equal((0, 14), (again.Stored, again.AlreadyStored));
        Assert.All(new ReportQueries(connection).Reports(), r => Assert.StartsWith("http://127.0.0.1:", r.SourceUrl));
    }
}
