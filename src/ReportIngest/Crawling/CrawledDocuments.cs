using Microsoft.Data.Sqlite;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Crawling;

/// <summary>
/// Ingests fetched report pages and attachments from the raw store, each with the URL it came from as its source
/// URL; bodies already stored as documents are skipped. Used by <c>crawl --ingest</c> and by <c>ingest --crawled</c>
/// for what an earlier crawl fetched without ingesting.
/// </summary>
public sealed class CrawledDocuments(SqliteConnection connection, RawStore raw)
{
    /// <returns>How many were stored and how many could not be read (each reported through <paramref name="progress"/>).</returns>
    public (int Stored, int Failed) Ingest(IEnumerable<CrawlItem> items, Action<string>? progress = null)
    {
        var store = new DocumentStore(connection);
        var (stored, failed) = (0, 0);
        foreach (var item in items)
        {
            if (item.Sha256 is not { } sha256 || store.Contains(sha256) || !raw.Contains(sha256)) continue;
            var url = new Uri(item.FinalUrl ?? item.Url);
            var name = Path.GetFileName(url.AbsolutePath) is { Length: > 0 } last ? last : url.Host; // a label in the database, never a path
            try
            {
                var processed = DocumentProcessor.Default.Process(new SourceDocument(name, raw.Get(sha256), sourceUrl: url.AbsoluteUri), IngestRunner.DefaultTimeLimit);
                if (store.Store(processed) is not null) stored++;
                progress?.Invoke($"ingested {url}: {processed.Report.ParseStatus}");
            }
            catch (Exception e) when (e is not (OperationCanceledException or Microsoft.Data.Sqlite.SqliteException))
            {
                failed++;
                progress?.Invoke($"parse_error {url}: {ReadFailure.Reason(e)}");
            }
        }
        return (stored, failed);
    }
}
