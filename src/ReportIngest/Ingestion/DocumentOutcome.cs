using ReportIngest.Checking;

namespace ReportIngest.Ingestion;

/// <summary>
/// What happened to one input document. <see cref="Error"/> is a one-line reason for failures and skips; a stored
/// document has its <see cref="ParseStatus"/>.
/// </summary>
public sealed record DocumentOutcome(
    string Path,
    OutcomeKind Kind,
    string? Error,
    long? ReportId,
    IReadOnlyList<Finding> Findings,
    string? ParseStatus = null
)
{
    private static readonly HashSet<string> NoReportStatuses = ["attachment_only", "image_only", "not_a_report"];

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Stored, but what it holds is not a readable report (an attachment link, images, a list
    /// page…).</summary>
    public bool HoldsNoReport => ParseStatus is { } status && NoReportStatuses.Contains(status);

    /// <summary>Why a document holds no report, as its structural finding says it.</summary>
    public string? NoReportReason =>
        HoldsNoReport ? Findings.FirstOrDefault(f => f.Scope == ParseStatus)?.Message : null;
}
