namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// What the crawler keeps per host (whatever the scheme or port): one request at a time, the earliest time of the
/// next one, the Crawl-delay its robots.txt asks for, and whether it told us to stop.
/// </summary>
internal sealed class HostState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset NextRequestAt { get; set; } = DateTimeOffset.MinValue;

    public TimeSpan? CrawlDelay { get; set; }

    public FetchFailure Stopped { get; set; } = FetchFailure.None;

    /// <summary>Why the host may not be connected to at all (it resolves to a private or loopback address).</summary>
    public string? Refused { get; set; }

    public int TooManyRequestsInARow { get; set; }
}
