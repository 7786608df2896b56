namespace ReportIngest.Crawling.Fetching;

/// <summary>The robots.txt side of <see cref="PoliteFetcher"/>: each origin's file fetched once, read, and its
/// Crawl-delay applied to the host.</summary>
public sealed partial class PoliteFetcher
{
    /// <summary>
    /// The robots.txt of the URL's origin, fetched once, following up to five redirects on allowed hosts (RFC 9309
    /// §2.3.1.2). A 4xx means there is none; a 5xx, a 429 or no answer means assume complete disallow. Its
    /// Crawl-delay spaces the next request already.
    /// </summary>
    private async Task<RobotsTxt> RobotsAsync(
        Uri url,
        HostState host,
        IReadOnlySet<string> allowedHosts,
        CancellationToken cancel
    )
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(origin, out var known))
            return known;
        var asked = new Uri(url, "/robots.txt");
        var current = asked;
        FetchResult result;
        for (var hops = 0; ; hops++)
        {
            result = await OnceAsync(
                asked,
                current,
                _hosts.GetOrAdd(current.IdnHost, _ => new HostState()),
                null,
                null,
                cancel
            );
            if (
                result.Status is not (>= 300 and < 400 and not 304)
                || hops >= 5
                || result.Header("Location") is not { } location
                || !Uri.TryCreate(current, location, out var next)
                || !allowedHosts.Contains(next.IdnHost)
            )
                break;
            current = next;
        }
        if (result.Failure == FetchFailure.Refused)
            host.Refused = result.Message;
        var robots = result switch
        {
            { Succeeded: true } => RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(result.Body!), "ReportIngest"),
            { Status: 429 } => RobotsTxt.Unreachable,
            { Status: >= 400 and < 500 } => RobotsTxt.AllowAll, // none published: no restrictions (§2.3.1.3)
            _ => RobotsTxt.Unreachable, // assume complete disallow (§2.3.1.4)
        };
        if (robots.CrawlDelay is { } crawlDelay && crawlDelay <= _options.MaxCrawlDelay)
            host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + crawlDelay);
        host.CrawlDelay = robots.CrawlDelay;
        _robots[origin] = robots;
        return robots;
    }
}
