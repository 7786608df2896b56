namespace ReportIngest.Crawling.Fetching;

/// <summary>Why a request gave no usable body; the names are what the crawl summary and the fetch records
/// show.</summary>
public enum FetchFailure
{
    None,

    /// <summary>403: the site refuses us. The host is not asked again in this crawl.</summary>
    Blocked403,

    /// <summary>412: typically a bot-protection challenge. The host is not asked again in this crawl.</summary>
    Blocked412,

    /// <summary>A captcha or human-verification page. The host is not asked again in this crawl.</summary>
    Captcha,

    /// <summary>429 repeatedly, or a Retry-After longer than we wait. The host is not asked again in this
    /// crawl.</summary>
    RateLimited429,
    Timeout,
    NotFound,
    TooLarge,
    ServerError,
    HttpError,
    NetworkError,

    /// <summary>robots.txt disallows the URL.</summary>
    RobotsDisallowed,

    /// <summary>A URL or redirect to a host the source does not allow, a non-http scheme, or a private
    /// address.</summary>
    Refused,
    TooManyRedirects,

    /// <summary>robots.txt asks for a Crawl-delay above the crawl's ceiling. The host is not asked again in this
    /// crawl.</summary>
    CrawlDelayTooLong,

    /// <summary>The host stopped earlier in this crawl (403, 412, captcha, rate limited): not asked again.</summary>
    HostStopped,
}
