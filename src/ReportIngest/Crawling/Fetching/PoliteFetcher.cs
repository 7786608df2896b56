using System.Collections.Concurrent;

namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// The one way the crawler touches the network, so every profile is polite alike: only the hosts a source allows
/// (checked again after every redirect, and on the address connected to), robots.txt obeyed, one connection and
/// one request at a time per host with a delay between requests, retries with exponential backoff and jitter on
/// timeouts, 5xx and 408, Retry-After honoured, and a stop — recorded, never worked around — on 403, 412, repeated
/// 429 and captcha pages. Responses are bounded in size, redirects in number and requests in time. No cookies are
/// kept or sent.
/// </summary>
public sealed partial class PoliteFetcher : IDisposable
{
    private readonly CrawlOptions _options;
    private readonly HttpExchange _exchange;
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RobotsTxt> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Raised for every HTTP exchange (each attempt, each redirect hop, each robots.txt) and for every request refused
    /// without being made (host, address, robots.txt, stopped host, redirects): <see cref="FetchResult.Url"/> is the
    /// URL asked for, <see cref="FetchResult.FinalUrl"/> the one this exchange was with or would have been.
    /// </summary>
    public event Action<FetchResult>? Exchanged;

    public PoliteFetcher(CrawlOptions options)
    {
        _options = options;
        _exchange = new HttpExchange(options);
    }

    /// <summary>Fetches <paramref name="url"/> if <paramref name="allowedHosts"/> has its host; a conditional request
    /// when <paramref name="validators"/> are given.</summary>
    public async Task<FetchResult> FetchAsync(
        Uri url,
        IReadOnlySet<string> allowedHosts,
        Validators? validators = null,
        Uri? referrer = null,
        CancellationToken cancel = default
    )
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (current.Scheme is not ("http" or "https"))
                return Refuse(
                    FetchResult.Failed(url, FetchFailure.Refused, $"not an http(s) URL: {current}", finalUrl: current)
                );
            if (!allowedHosts.Contains(current.IdnHost))
                return Refuse(
                    FetchResult.Failed(
                        url,
                        FetchFailure.Refused,
                        $"{current.IdnHost} is not a host this source may request",
                        finalUrl: current
                    )
                );
            var host = _hosts.GetOrAdd(current.IdnHost, _ => new HostState());
            if (host.Stopped != FetchFailure.None)
                return Refuse(
                    FetchResult.Failed(
                        url,
                        FetchFailure.HostStopped,
                        $"{current.Host} stopped earlier in this crawl ({host.Stopped.ToCode()})",
                        finalUrl: current
                    )
                );
            var robots = _options.ObeyRobots
                ? await RobotsAsync(current, host, allowedHosts, cancel)
                : RobotsTxt.AllowAll;
            if (robots.CrawlDelay is { } crawlDelay && crawlDelay > _options.MaxCrawlDelay)
            {
                host.Stopped = FetchFailure.CrawlDelayTooLong;
                return Refuse(
                    FetchResult.Failed(
                        url,
                        FetchFailure.CrawlDelayTooLong,
                        $"robots.txt of {current.Host} asks for a Crawl-delay of {crawlDelay.TotalSeconds:0.#} s "
                            + $"between requests, more than the {_options.MaxCrawlDelay.TotalSeconds:0.#} s this crawl waits (--max-crawl-delay): the host is left alone",
                        finalUrl: current
                    )
                );
            }
            if (host.Refused is { } refusal)
                return Refuse(FetchResult.Failed(url, FetchFailure.Refused, refusal, finalUrl: current));
            if (!robots.Allows(current))
                return Refuse(
                    FetchResult.Failed(
                        url,
                        FetchFailure.RobotsDisallowed,
                        robots == RobotsTxt.Unreachable
                            ? $"robots.txt of {current.Host} could not be fetched: everything counts as disallowed"
                            : $"robots.txt of {current.Host} disallows {current.PathAndQuery}",
                        finalUrl: current
                    )
                );

            // validators belong to the URL whose body they describe: where redirects ended last time
            var conditional =
                validators is not null && (validators.For is null ? redirects == 0 : validators.For == current)
                    ? validators
                    : null;
            var result = await WithRetriesAsync(url, current, host, conditional, referrer, cancel);
            if (result.Status is >= 300 and < 400 and not 304 && result.Header("Location") is { } location)
            {
                if (redirects >= _options.MaxRedirects)
                    return Refuse(
                        FetchResult.Failed(
                            url,
                            FetchFailure.TooManyRedirects,
                            $"more than {_options.MaxRedirects} redirects",
                            finalUrl: current
                        )
                    );
                if (!Uri.TryCreate(current, location, out var next))
                    return Refuse(
                        FetchResult.Failed(
                            url,
                            FetchFailure.HttpError,
                            $"redirect to an invalid URL: {location}",
                            finalUrl: current
                        )
                    );
                current = next;
                continue;
            }
            return result with { Url = url };
        }
    }

    /// <summary>A request decided against without being made: recorded like an exchange, so the fetch log says
    /// why.</summary>
    private FetchResult Refuse(FetchResult refusal)
    {
        Exchanged?.Invoke(refusal);
        return refusal;
    }

    private async Task<FetchResult> WithRetriesAsync(
        Uri asked,
        Uri url,
        HostState host,
        Validators? validators,
        Uri? referrer,
        CancellationToken cancel
    )
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await OnceAsync(asked, url, host, validators, referrer, cancel);
            TimeSpan? wait = null;
            switch (result.Status)
            {
                case 429:
                    host.TooManyRequestsInARow++;
                    var retryAfter = RetryAfter(result) ?? Backoff(attempt);
                    if (
                        host.TooManyRequestsInARow >= _options.MaxTooManyRequests
                        || retryAfter > _options.MaxRetryAfter
                    )
                        return Stop(
                            host,
                            result with
                            {
                                Failure = FetchFailure.RateLimited429,
                                Message =
                                    $"429 Too Many Requests {host.TooManyRequestsInARow} time(s) in a row; the host is left alone",
                            }
                        );
                    wait = retryAfter;
                    break;
                case 503 when RetryAfter(result) is { } serviceRetry:
                    if (serviceRetry > _options.MaxRetryAfter)
                        return result; // unavailable for longer than we wait: recorded, not retried
                    wait = serviceRetry;
                    break;
                case 408 or >= 500:
                case null when result.Failure is FetchFailure.Timeout or FetchFailure.NetworkError:
                    wait = Backoff(attempt);
                    break;
            }
            if (result.Status is not 429)
                host.TooManyRequestsInARow = 0;
            if (wait is null || attempt >= _options.MaxRetries)
                return result.Failure.StopsHost() ? Stop(host, result) : result;
            host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + wait.Value);
        }
    }

    private static FetchResult Stop(HostState host, FetchResult result)
    {
        host.Stopped = result.Failure;
        return result;
    }

    private async Task<FetchResult> OnceAsync(
        Uri asked,
        Uri url,
        HostState host,
        Validators? validators,
        Uri? referrer,
        CancellationToken cancel
    )
    {
        await host.Gate.WaitAsync(cancel);
        try
        {
            var delay = host.NextRequestAt - DateTimeOffset.UtcNow;
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay, cancel);
            try
            {
                var result = await _exchange.SendAsync(url, validators, referrer, cancel) with
                {
                    Url = asked,
                    Referrer = referrer,
                };
                Exchanged?.Invoke(result);
                return result;
            }
            finally
            {
                var spacing =
                    host.CrawlDelay is { } crawlDelay && crawlDelay > _options.HostDelay
                        ? crawlDelay
                        : _options.HostDelay;
                host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + spacing);
            }
        }
        finally
        {
            host.Gate.Release();
        }
    }

    private static TimeSpan? RetryAfter(FetchResult result)
    {
        if (result.Header("Retry-After") is not { } value)
            return null;
        if (int.TryParse(value, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(
            value,
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal,
            out var at
        )
            ? Max(at - DateTimeOffset.UtcNow, TimeSpan.Zero)
            : null;
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(
            _options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble())
        );

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose() => _exchange.Dispose();
}
