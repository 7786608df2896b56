using ReportIngest.Documents;

namespace ReportIngest.Ingestion;

/// <summary>
/// One document to ingest, wherever it comes from: its name in the run's outcomes (a path, or the URL it was
/// fetched from), how to load it, and for an entry passed over, why.
/// </summary>
public sealed record IngestInput(string Name, Func<SourceDocument> Load, string? SkipReason = null)
{
    /// <summary>The document's SHA-256 when known before loading it (a crawl's raw store keeps bodies by it): a stored
    /// document is then passed over unread.</summary>
    public string? Sha256 { get; init; }
}
