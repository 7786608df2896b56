namespace ReportIngest.Crawling.Fetching;

/// <summary>What a previous fetch of the same URL said about its body, for a conditional request.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool Any => ETag is not null || LastModified is not null;
}
