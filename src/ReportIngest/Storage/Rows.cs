namespace ReportIngest.Storage;

/// <summary>One row of the <c>reports</c> export (contract.md, then the page's metadata block of template.md §7), as stored.</summary>
public sealed record ReportRow(long ReportId, string Document, string Sha256, string? SourceUrl, string? Agency, long? ReportYear, string Template,
    string? Title, string? PublishedOn, string ParseStatus, long CellsExpected, long CellsFound, long CellsUnreadable,
    string? StatPeriod, string? IndexNo, string? Category, string? Publisher, string? DocDate, string? DocNo);

/// <summary>
/// One row of the <c>facts</c> export (contract.md), as stored. Computed columns are computed here, not in SQL: SQLite
/// gives an expression column no type, which a reader cannot map when the result is empty.
/// </summary>
public sealed record FactRow(long ReportId, string Document, string Sha256, string? Agency, long? ReportYear, string? TableTemplate, string ReportTemplate,
    string Table, string Row, string Col, string? Value, string Raw, string Status, string? Unit, long? Page, string Locator)
{
    /// <summary>The template version of the fact's table (a report may mix versions).</summary>
    public string Template => TableTemplate ?? ReportTemplate;

    public string Key => $"{Table}.{Row}.{Col}";
}

/// <summary>One row of the <c>findings</c> export (contract.md), as stored.</summary>
public sealed record FindingRow(long ReportId, string Document, string Rule, string Severity, string Status, string Scope, string Expression,
    string? Left, string? Right, string Cells, long? OtherReportId, string? OtherDocument, string AttributedTo, string Message, long? ReportYear)
{
    public string? Delta => StoredValues.ToDecimal(Left) - StoredValues.ToDecimal(Right) is { } d ? StoredValues.ToText(d) : null;
}
