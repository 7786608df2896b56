using System.Net;
using System.Net.Http.Headers;

namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// One HTTP exchange, as <see cref="PoliteFetcher"/> makes them: the request built (and its headers kept for the
/// record), sent on a client that follows no redirects, keeps no cookies and connects only to allowed addresses,
/// the body read up to the size limit, and the response — or the timeout, refusal or network error — turned into a
/// <see cref="FetchResult"/>. Politeness (hosts, robots.txt, spacing, retries) is the fetcher's.
/// </summary>
internal sealed class HttpExchange : IDisposable
{
    private readonly CrawlOptions _options;
    private readonly HttpClient _client;

    public HttpExchange(CrawlOptions options)
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

    /// <summary>One GET of <paramref name="url"/>, conditional when <paramref name="validators"/> are given.</summary>
    public async Task<FetchResult> SendAsync(Uri url, Validators? validators, Uri? referrer, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgentHeader);
        // what the handler would add unasked: said here so the fetch record shows it
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        request.Headers.Accept.ParseAdd(
            "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf,*/*;q=0.8"
        );
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        if (referrer is not null && referrer.IdnHost.Equals(url.IdnHost, StringComparison.OrdinalIgnoreCase))
            request.Headers.Referrer = referrer;
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } modified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified); // sent back as the server wrote it
        var sent = request.Headers.ToDictionary(
            h => h.Key,
            h => string.Join(h.Key == "User-Agent" ? " " : ", ", h.Value),
            StringComparer.OrdinalIgnoreCase
        );

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                timeout.Token
            );
            var status = (int)response.StatusCode;
            var headers = response
                .Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(
                    g => g.Key,
                    g => string.Join(", ", g.SelectMany(h => h.Value)),
                    StringComparer.OrdinalIgnoreCase
                );
            FetchResult Result(byte[]? body, FetchFailure failure, string? message) =>
                new(url, url, status, headers, body, failure, message) { RequestHeaders = sent };

            if (status is >= 200 and < 300)
            {
                if (response.Content.Headers.ContentLength is > 0 and var length && length > _options.MaxResponseBytes)
                    return Result(
                        null,
                        FetchFailure.TooLarge,
                        $"{length:N0} bytes announced, limit {_options.MaxResponseBytes:N0}"
                    );
                var body = await ReadBoundedAsync(response.Content, timeout.Token);
                if (body is null)
                    return Result(null, FetchFailure.TooLarge, $"more than {_options.MaxResponseBytes:N0} bytes");
                if (CaptchaPage.Is(body, response.Content.Headers.ContentType?.MediaType))
                    return Result(
                        body,
                        FetchFailure.Captcha,
                        "a human-verification page instead of content; the host is left alone"
                    );
                return Result(body, FetchFailure.None, null);
            }
            return status switch
            {
                304 => Result(null, FetchFailure.None, null),
                >= 300 and < 400 when response.Headers.Location is not null => Result(null, FetchFailure.None, null),
                >= 300 and < 400 => Result(null, FetchFailure.HttpError, $"{status} redirect without a Location"),
                403 => Result(null, FetchFailure.Blocked403, "403 Forbidden; the host is left alone"),
                412 => Result(
                    null,
                    FetchFailure.Blocked412,
                    "412 Precondition Failed (a bot-protection challenge); the host is left alone"
                ),
                404 or 410 => Result(null, FetchFailure.NotFound, $"{status} not found"),
                429 => Result(null, FetchFailure.RateLimited429, "429 Too Many Requests"),
                408 => Result(null, FetchFailure.Timeout, "408 Request Timeout"),
                >= 500 => Result(null, FetchFailure.ServerError, $"{status} {response.ReasonPhrase}"),
                _ => Result(null, FetchFailure.HttpError, $"{status} {response.ReasonPhrase}"),
            };
        }
        catch (Exception e)
            when (!cancel.IsCancellationRequested
                && (
                    e is OperationCanceledException
                    || (timeout.IsCancellationRequested && e is HttpRequestException or IOException)
                )
            )
        {
            // once our own timer has fired, the handler may surface it as a reset or I/O error instead of a
            // cancellation
            return FetchResult.Failed(
                url,
                FetchFailure.Timeout,
                $"no complete response within {_options.RequestTimeout.TotalSeconds:0.#} s"
            ) with
            {
                RequestHeaders = sent,
            };
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            return FetchResult.Failed(url, FetchFailure.Refused, refused.Message) with { RequestHeaders = sent };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            // refused connections, resets while reading the body, broken compression
            return FetchResult.Failed(url, FetchFailure.NetworkError, $"{e.GetType().Name}: {e.Message}") with
            {
                RequestHeaders = sent,
            };
        }
    }

    /// <summary>The body, or null once it exceeds the size limit (decompressed bytes count: a gzip bomb stops
    /// too).</summary>
    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
