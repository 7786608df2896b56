namespace ReportIngest.Crawling.Fetching;

public static class FetchFailureNames
{
    public static string ToCode(this FetchFailure failure) =>
        failure switch
        {
            FetchFailure.None => "",
            FetchFailure.Blocked403 => "blocked_403",
            FetchFailure.Blocked412 => "blocked_412",
            FetchFailure.Captcha => "captcha",
            FetchFailure.RateLimited429 => "rate_limited_429",
            FetchFailure.Timeout => "timeout",
            FetchFailure.NotFound => "not_found",
            FetchFailure.TooLarge => "too_large",
            FetchFailure.ServerError => "server_error",
            FetchFailure.HttpError => "http_error",
            FetchFailure.NetworkError => "network_error",
            FetchFailure.RobotsDisallowed => "robots_disallowed",
            FetchFailure.Refused => "refused",
            FetchFailure.TooManyRedirects => "too_many_redirects",
            FetchFailure.HostStopped => "host_stopped",
            FetchFailure.CrawlDelayTooLong => "crawl_delay_too_long",
            _ => failure.ToString(),
        };

    /// <summary>Failures after which the host is left alone: stop and record, never work around.</summary>
    public static bool StopsHost(this FetchFailure failure) =>
        failure
            is FetchFailure.Blocked403
                or FetchFailure.Blocked412
                or FetchFailure.Captcha
                or FetchFailure.RateLimited429
                or FetchFailure.CrawlDelayTooLong;
}
