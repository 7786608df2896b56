using Microsoft.Data.Sqlite;
using ReportIngest.Crawling;

namespace ReportIngest.Ingestion;

/// <summary><c>crawl --ingest</c>: what a crawl fetched goes through the ingestion pipeline, named by its
/// URL.</summary>
public static class CrawlIngestion
{
    /// <summary>Ingestion of fetched items by <paramref name="runner"/> into <paramref name="connection"/>, their
    /// bodies read from <paramref name="raw"/>.</summary>
    /// <param name="runner">The pipeline.</param>
    /// <param name="connection">The database.</param>
    /// <param name="raw">The crawl's raw store.</param>
    /// <param name="total">Also counts every outcome here: one summary for a crawl of several sources.</param>
    public static FetchedIngest Through(
        IngestRunner runner,
        SqliteConnection connection,
        RawStore raw,
        IngestSummary? total = null
    ) =>
        (items, progress) =>
        {
            var summary = runner.Run(IngestInputs.FromCrawl(items, raw), connection, outcome =>
            {
                total?.Add(outcome);
                if (outcome.Kind == OutcomeKind.Stored)
                    progress?.Invoke($"ingested {outcome.Path}: {outcome.ParseStatus}");
                if (outcome.Kind == OutcomeKind.Failed)
                    progress?.Invoke($"parse_error {outcome.Path}: {outcome.Error}");
            });
            return (summary.Stored, summary.Failures.Count);
        };
}
