using ReportIngest.Evidence;

namespace ReportIngest.Storage;

/// <summary>One row of the <c>findings</c> export (contract.md), as stored.</summary>
public sealed record FindingRow(
    long ReportId,
    string Document,
    string Rule,
    string Severity,
    string Status,
    string Scope,
    string Expression,
    string? Left,
    string? Right,
    string Cells,
    long? OtherReportId,
    string? OtherDocument,
    string AttributedTo,
    string Message,
    long? ReportYear
)
{
    /// <summary>The stored severity as the program compares it.</summary>
    public Severity SeverityLevel => EvidenceCodes.ParseSeverity(Severity);

    /// <summary>The stored attribution as the program compares it.</summary>
    public Attribution Attribution => EvidenceCodes.ParseAttribution(AttributedTo);

    public string? Delta =>
        StoredValues.ToDecimal(Left) - StoredValues.ToDecimal(Right) is { } d ? StoredValues.ToText(d) : null;
}
