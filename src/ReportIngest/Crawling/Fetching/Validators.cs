namespace ReportIngest.Crawling.Fetching;

/// <summary>What a previous fetch said about its body, for a conditional request; <paramref name="For"/> is the URL
/// that answered (after redirects).</summary>
public sealed record Validators(string? ETag, string? LastModified, Uri? For = null)
{
    public bool Any => ETag is not null || LastModified is not null;
}
