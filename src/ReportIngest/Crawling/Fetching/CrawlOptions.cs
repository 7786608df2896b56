namespace ReportIngest.Crawling.Fetching;

/// <summary>How politely and how far the crawler fetches. The defaults are for real government sites.</summary>
public sealed record CrawlOptions
{
    /// <summary>An e-mail address or URL of whoever runs the crawl (<c>crawl --contact</c>), so a site's operator can
    /// reach them.</summary>
    public string? Contact { get; init; }

    /// <summary>Who is crawling, why, and how to reach them.</summary>
    public string UserAgentHeader =>
        $"ReportIngest/0.1 (research crawler collecting government information disclosure annual reports; contact: {Contact ?? "none given, run with --contact"})";

    /// <summary>The least time between two requests to one host; a longer robots.txt Crawl-delay wins.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(2);

    public bool ObeyRobots { get; init; } = true;

    /// <summary>
    /// A robots.txt Crawl-delay longer than this is no rate a crawl can keep (a day between two pages): the host is
    /// recorded as asking for it and left alone, rather than waited on in silence.
    /// </summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Responses larger than this are abandoned and recorded as too large.</summary>
    public long MaxResponseBytes { get; init; } = 20L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a timeout, a 5xx or a 408, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After longer than this is not waited for: the source stops as rate limited.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many 429s in a row on one host stop it.</summary>
    public int MaxTooManyRequests { get; init; } = 2;

    /// <summary>Whether loopback addresses may be requested (tests serve fixtures on 127.0.0.1).</summary>
    public bool AllowLoopback { get; init; }
}
