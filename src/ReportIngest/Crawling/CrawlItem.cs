namespace ReportIngest.Crawling;

/// <summary>One URL a source's crawl has seen, and where it stands in the run that last touched it.</summary>
public sealed record CrawlItem
{
    public string Url { get; init; } = "";
    public ItemKind Kind { get; init; }
    public string? Title { get; init; }
    public string? Referrer { get; init; }
    public long RunId { get; init; }

    /// <summary><c>pending</c>, <c>fetched</c>, <c>unchanged</c> (304) or <c>failed</c>.</summary>
    public string State { get; init; } = "";
    public string? Failure { get; init; }
    public string? Sha256 { get; init; }
    public string? FinalUrl { get; init; }
}
