namespace ReportIngest.Crawling;

/// <summary>One row of <c>fetches</c>.</summary>
public sealed record FetchRecord(
    long Id,
    string Source,
    string Url,
    string FinalUrl,
    string FetchedAt,
    long? Status,
    string RequestHeaders,
    string Headers,
    string? Sha256,
    string? Referrer,
    string? Failure
);
