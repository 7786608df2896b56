namespace ReportIngest.Storage;

/// <summary>One row of the <c>findings</c> export (contract.md), as stored.</summary>
public sealed record FindingRow(long ReportId, string Document, string Rule, string Severity, string Status, string Scope, string Expression,
    string? Left, string? Right, string Cells, long? OtherReportId, string? OtherDocument, string AttributedTo, string Message, long? ReportYear)
{
    public string? Delta => StoredValues.ToDecimal(Left) - StoredValues.ToDecimal(Right) is { } d ? StoredValues.ToText(d) : null;
}
