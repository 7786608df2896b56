using Microsoft.Data.Sqlite;
using ReportIngest.Crawling;
using ReportIngest.Crawling.Fetching;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Crawling;

/// <summary>A database and raw store in a temporary folder, and crawls into them with short delays (tests wait less
/// than real sites would want).</summary>
internal sealed class CrawlFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public static CrawlOptions Options { get; } =
        new()
        {
            HostDelay = TimeSpan.FromMilliseconds(100),
            BackoffBase = TimeSpan.FromMilliseconds(100),
            RequestTimeout = TimeSpan.FromSeconds(15), // generous: the suite runs crawls beside processes it kills, on two cores
            AllowLoopback = true,
        };

    public string DatabasePath => Path.Combine(_folder.Path, "crawl.db");

    public RawStore Raw => new(Path.Combine(_folder.Path, "raw"));

    public SqliteConnection Open() => Database.Open(DatabasePath);

    public async Task<CrawlSummary> Crawl(
        CrawlSource source,
        bool ingest = false,
        CrawlOptions? options = null,
        CrawlLimits? limits = null
    )
    {
        using var connection = Open();
        using var fetcher = new PoliteFetcher(options ?? Options);
        var raw = Raw;
        var crawler = new Crawler(connection, raw, fetcher)
        {
            Limits = limits ?? new CrawlLimits(),
            Ingest = CrawlIngestion.Through(new IngestRunner(DocumentProcessor.Default, workers: 2), connection, raw),
        };
        return await crawler.CrawlAsync(source, ingest);
    }

    public void Dispose() => _folder.Dispose();
}
