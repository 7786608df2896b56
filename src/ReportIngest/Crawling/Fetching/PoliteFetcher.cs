using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// The one way the crawler touches the network, so every profile is polite alike: only the hosts a source allows
/// (checked again after every redirect, and on the address connected to), robots.txt obeyed, one connection and
/// one request at a time per host with a delay between requests, retries with exponential backoff and jitter on
/// timeouts, 5xx and 408, Retry-After honoured, and a stop — recorded, never worked around — on 403, 412, repeated
/// 429 and captcha pages. Responses are bounded in size, redirects in number and requests in time. No cookies are
/// kept or sent.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly CrawlOptions _options;
    private readonly HttpClient _client;
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
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = 1,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.RequestTimeout,
            ConnectCallback = (context, cancel) => AddressPolicy.ConnectAsync(context, options.AllowLoopback, cancel),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Fetches <paramref name="url"/> if <paramref name="allowedHosts"/> has its host; a conditional request when <paramref name="validators"/> are given.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, IReadOnlySet<string> allowedHosts, Validators? validators = null, Uri? referrer = null, CancellationToken cancel = default)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (current.Scheme is not ("http" or "https"))
                return Refuse(FetchResult.Failed(url, FetchFailure.Refused, $"not an http(s) URL: {current}", finalUrl: current));
            if (!allowedHosts.Contains(current.IdnHost))
                return Refuse(FetchResult.Failed(url, FetchFailure.Refused, $"{current.IdnHost} is not a host this source may request", finalUrl: current));
            var host = _hosts.GetOrAdd(current.IdnHost, _ => new HostState());
            if (host.Stopped != FetchFailure.None)
                return Refuse(FetchResult.Failed(url, FetchFailure.HostStopped, $"{current.Host} stopped earlier in this crawl ({host.Stopped.ToCode()})", finalUrl: current));
            var robots = _options.ObeyRobots ? await RobotsAsync(current, host, allowedHosts, cancel) : RobotsTxt.AllowAll;
            if (robots.CrawlDelay is { } crawlDelay && crawlDelay > _options.MaxCrawlDelay)
            {
                host.Stopped = FetchFailure.CrawlDelayTooLong;
                return Refuse(FetchResult.Failed(url, FetchFailure.CrawlDelayTooLong, $"robots.txt of {current.Host} asks for a Crawl-delay of {crawlDelay.TotalSeconds:0.#} s "
                    + $"between requests, more than the {_options.MaxCrawlDelay.TotalSeconds:0.#} s this crawl waits (--max-crawl-delay): the host is left alone", finalUrl: current));
            }
            if (host.Refused is { } refusal)
                return Refuse(FetchResult.Failed(url, FetchFailure.Refused, refusal, finalUrl: current));
            if (!robots.Allows(current))
                return Refuse(FetchResult.Failed(url, FetchFailure.RobotsDisallowed, robots == RobotsTxt.Unreachable
                    ? $"robots.txt of {current.Host} could not be fetched: everything counts as disallowed"
                    : $"robots.txt of {current.Host} disallows {current.PathAndQuery}", finalUrl: current));

            // validators belong to the URL whose body they describe: where redirects ended last time
            var conditional = validators is not null && (validators.For is null ? redirects == 0 : validators.For == current) ? validators : null;
            var result = await WithRetriesAsync(url, current, host, conditional, referrer, cancel);
            if (result.Status is >= 300 and < 400 and not 304 && result.Header("Location") is { } location)
            {
                if (redirects >= _options.MaxRedirects)
                    return Refuse(FetchResult.Failed(url, FetchFailure.TooManyRedirects, $"more than {_options.MaxRedirects} redirects", finalUrl: current));
                if (!Uri.TryCreate(current, location, out var next))
                    return Refuse(FetchResult.Failed(url, FetchFailure.HttpError, $"redirect to an invalid URL: {location}", finalUrl: current));
                current = next;
                continue;
            }
            return result with { Url = url };
        }
    }

    /// <summary>A request decided against without being made: recorded like an exchange, so the fetch log says why.</summary>
    private FetchResult Refuse(FetchResult refusal)
    {
        Exchanged?.Invoke(refusal);
        return refusal;
    }

    /// <summary>
    /// The robots.txt of the URL's origin, fetched once, following up to five redirects on allowed hosts (RFC 9309
    /// §2.3.1.2). A 4xx means there is none; a 5xx, a 429 or no answer means assume complete disallow. Its
    /// Crawl-delay spaces the next request already.
    /// </summary>
    private async Task<RobotsTxt> RobotsAsync(Uri url, HostState host, IReadOnlySet<string> allowedHosts, CancellationToken cancel)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(origin, out var known)) return known;
        var asked = new Uri(url, "/robots.txt");
        var current = asked;
        FetchResult result;
        for (var hops = 0; ; hops++)
        {
            result = await OnceAsync(asked, current, _hosts.GetOrAdd(current.IdnHost, _ => new HostState()), null, null, cancel);
            if (result.Status is not (>= 300 and < 400 and not 304) || hops >= 5 || result.Header("Location") is not { } location
                || !Uri.TryCreate(current, location, out var next) || !allowedHosts.Contains(next.IdnHost)) break;
            current = next;
        }
        if (result.Failure == FetchFailure.Refused) host.Refused = result.Message;
        var robots = result switch
        {
            { Succeeded: true } => RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(result.Body!), "ReportIngest"),
            { Status: 429 } => RobotsTxt.Unreachable,
            { Status: >= 400 and < 500 } => RobotsTxt.AllowAll, // none published: no restrictions (§2.3.1.3)
            _ => RobotsTxt.Unreachable, // assume complete disallow (§2.3.1.4)
        };
        if (robots.CrawlDelay is { } crawlDelay && crawlDelay <= _options.MaxCrawlDelay) host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + crawlDelay);
        host.CrawlDelay = robots.CrawlDelay;
        _robots[origin] = robots;
        return robots;
    }

    private async Task<FetchResult> WithRetriesAsync(Uri asked, Uri url, HostState host, Validators? validators, Uri? referrer, CancellationToken cancel)
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
                    if (host.TooManyRequestsInARow >= _options.MaxTooManyRequests || retryAfter > _options.MaxRetryAfter)
                        return Stop(host, result with { Failure = FetchFailure.RateLimited429, Message = $"429 Too Many Requests {host.TooManyRequestsInARow} time(s) in a row; the host is left alone" });
                    wait = retryAfter;
                    break;
                case 503 when RetryAfter(result) is { } serviceRetry:
                    if (serviceRetry > _options.MaxRetryAfter) return result; // unavailable for longer than we wait: recorded, not retried
                    wait = serviceRetry;
                    break;
                case 408 or >= 500:
                case null when result.Failure is FetchFailure.Timeout or FetchFailure.NetworkError:
                    wait = Backoff(attempt);
                    break;
            }
            if (result.Status is not 429) host.TooManyRequestsInARow = 0;
            if (wait is null || attempt >= _options.MaxRetries) return result.Failure.StopsHost() ? Stop(host, result) : result;
            host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + wait.Value);
        }
    }

    private static FetchResult Stop(HostState host, FetchResult result)
    {
        host.Stopped = result.Failure;
        return result;
    }

    private async Task<FetchResult> OnceAsync(Uri asked, Uri url, HostState host, Validators? validators, Uri? referrer, CancellationToken cancel)
    {
        await host.Gate.WaitAsync(cancel);
        try
        {
            var delay = host.NextRequestAt - DateTimeOffset.UtcNow;
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancel);
            try
            {
                var result = await SendAsync(url, validators, referrer, cancel) with { Url = asked, Referrer = referrer };
                Exchanged?.Invoke(result);
                return result;
            }
            finally
            {
                var spacing = host.CrawlDelay is { } crawlDelay && crawlDelay > _options.HostDelay ? crawlDelay : _options.HostDelay;
                host.NextRequestAt = Max(host.NextRequestAt, DateTimeOffset.UtcNow + spacing);
            }
        }
        finally
        {
            host.Gate.Release();
        }
    }

    private async Task<FetchResult> SendAsync(Uri url, Validators? validators, Uri? referrer, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgentHeader);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br"); // what the handler would add unasked: said here so the fetch record shows it
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf,*/*;q=0.8");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        if (referrer is not null && referrer.IdnHost.Equals(url.IdnHost, StringComparison.OrdinalIgnoreCase)) request.Headers.Referrer = referrer;
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified); // sent back as the server wrote it
        var sent = request.Headers.ToDictionary(h => h.Key, h => string.Join(h.Key == "User-Agent" ? " " : ", ", h.Value), StringComparer.OrdinalIgnoreCase);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            FetchResult Result(byte[]? body, FetchFailure failure, string? message) =>
                new(url, url, status, headers, body, failure, message) { RequestHeaders = sent };

            if (status is >= 200 and < 300)
            {
                if (response.Content.Headers.ContentLength is > 0 and var length && length > _options.MaxResponseBytes)
                    return Result(null, FetchFailure.TooLarge, $"{length:N0} bytes announced, limit {_options.MaxResponseBytes:N0}");
                var body = await ReadBoundedAsync(response.Content, timeout.Token);
                if (body is null) return Result(null, FetchFailure.TooLarge, $"more than {_options.MaxResponseBytes:N0} bytes");
                if (CaptchaPage.Is(body, response.Content.Headers.ContentType?.MediaType))
                    return Result(body, FetchFailure.Captcha, "a human-verification page instead of content; the host is left alone");
                return Result(body, FetchFailure.None, null);
            }
            return status switch
            {
                304 => Result(null, FetchFailure.None, null),
                >= 300 and < 400 when response.Headers.Location is not null => Result(null, FetchFailure.None, null),
                >= 300 and < 400 => Result(null, FetchFailure.HttpError, $"{status} redirect without a Location"),
                403 => Result(null, FetchFailure.Blocked403, "403 Forbidden; the host is left alone"),
                412 => Result(null, FetchFailure.Blocked412, "412 Precondition Failed (a bot-protection challenge); the host is left alone"),
                404 or 410 => Result(null, FetchFailure.NotFound, $"{status} not found"),
                429 => Result(null, FetchFailure.RateLimited429, "429 Too Many Requests"),
                408 => Result(null, FetchFailure.Timeout, "408 Request Timeout"),
                >= 500 => Result(null, FetchFailure.ServerError, $"{status} {response.ReasonPhrase}"),
                _ => Result(null, FetchFailure.HttpError, $"{status} {response.ReasonPhrase}"),
            };
        }
        catch (Exception e) when (!cancel.IsCancellationRequested && (e is OperationCanceledException
            || (timeout.IsCancellationRequested && e is HttpRequestException or IOException)))
        {
            // once our own timer has fired, the handler may surface it as a reset or I/O error instead of a cancellation
            return FetchResult.Failed(url, FetchFailure.Timeout, $"no complete response within {_options.RequestTimeout.TotalSeconds:0.#} s") with { RequestHeaders = sent };
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            return FetchResult.Failed(url, FetchFailure.Refused, refused.Message) with { RequestHeaders = sent };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            // refused connections, resets while reading the body, broken compression
            return FetchResult.Failed(url, FetchFailure.NetworkError, $"{e.GetType().Name}: {e.Message}") with { RequestHeaders = sent };
        }
    }

    /// <summary>The body, or null once it exceeds the size limit (decompressed bytes count: a gzip bomb stops too).</summary>
    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(FetchResult result)
    {
        if (result.Header("Retry-After") is not { } value) return null;
        if (int.TryParse(value, out var seconds) && seconds >= 0) return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? Max(at - DateTimeOffset.UtcNow, TimeSpan.Zero) : null;
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(_options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble()));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose() => _client.Dispose();
}
