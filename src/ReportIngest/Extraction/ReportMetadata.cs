namespace ReportIngest.Extraction;

/// <summary>What the title and preamble say about the report. Any field may be unknown.</summary>
public sealed record ReportMetadata(
    string? Title,
    string? Agency,
    int? ReportYear,
    string? StatPeriod,
    string? PublishedOn
)
{
    /// <summary>True when the text names itself a government information disclosure annual report.</summary>
    public bool LooksLikeAnnualReport => Title is not null;
}
