namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// One logical request as made: the URL asked for, where redirects ended, the status and headers of the last
/// response, the body (null when not modified or failed), and the failure with a message saying why.
/// </summary>
public sealed record FetchResult(
    Uri Url,
    Uri FinalUrl,
    int? Status,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    FetchFailure Failure,
    string? Message
)
{
    public DateTimeOffset FetchedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The page that linked the URL (sent as Referer to its own host).</summary>
    public Uri? Referrer { get; init; }

    /// <summary>The headers we sent (for the WARC request record).</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>();

    public bool NotModified => Status == 304;

    public bool Succeeded => Failure == FetchFailure.None && Body is not null;

    /// <summary>The SHA-256 of the body (lower-case hex), computed once; null without a body.</summary>
    public string? BodySha256 =>
        Body is null
            ? null
            : _bodySha256 ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Body));

    private string? _bodySha256;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static FetchResult Failed(
        Uri url,
        FetchFailure failure,
        string message,
        int? status = null,
        Uri? finalUrl = null
    ) => new(url, finalUrl ?? url, status, new Dictionary<string, string>(), null, failure, message);
}
