namespace ReportIngest.Storage;

/// <summary>One row of the <c>reports</c> export (contract.md), as stored.</summary>
public sealed record ReportRow(long ReportId, string Document, string Sha256, string? SourceUrl, string? Agency, long? ReportYear, string Template,
    string? Title, string? PublishedOn, string ParseStatus, long CellsExpected, long CellsFound, long CellsUnreadable);

/// <summary>One row of the <c>facts</c> export (contract.md), as stored. <see cref="Template"/> is the version of the fact's table.</summary>
public sealed record FactRow(long ReportId, string Document, string Sha256, string? Agency, long? ReportYear, string Template,
    string Table, string Row, string Col, string Key, string? Value, string Raw, string Status, string? Unit, long? Page, string Locator);

/// <summary>One row of the <c>findings</c> export (contract.md), as stored.</summary>
public sealed record FindingRow(long ReportId, string Document, string Rule, string Severity, string Status, string Scope, string Expression,
    string? Left, string? Right, string Cells, long? OtherReportId, string? OtherDocument, string AttributedTo, string Message)
{
    public string? Delta => StoredValues.ToDecimal(Left) - StoredValues.ToDecimal(Right) is { } d ? StoredValues.ToText(d) : null;
}
