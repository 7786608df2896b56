namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// What the crawler keeps per host: one request at a time, the earliest time of the next one, its robots.txt, and
/// whether it told us to stop.
/// </summary>
internal sealed class HostState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset NextRequestAt { get; set; } = DateTimeOffset.MinValue;

    public RobotsTxt? Robots { get; set; }

    public FetchFailure Stopped { get; set; } = FetchFailure.None;

    public int TooManyRequestsInARow { get; set; }
}
