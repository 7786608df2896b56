namespace ReportIngest.Storage;

/// <summary>
/// One row of the <c>facts</c> export (contract.md), as stored, and how its column was decided (<see cref="Basis"/>,
/// stored beside it and shown in the audit report; not a column of the export). Computed columns are computed here, not
/// in SQL: SQLite gives an expression column no type, which a reader cannot map when the result is empty.
/// </summary>
public sealed record FactRow(
    long ReportId,
    string Document,
    string Sha256,
    string? Agency,
    long? ReportYear,
    string? TableTemplate,
    string ReportTemplate,
    string Table,
    string Row,
    string Col,
    string? Value,
    string Raw,
    string Status,
    string? Unit,
    long? Page,
    string Locator,
    string? Basis = null
)
{
    /// <summary>The template version of the fact's table (a report may mix versions).</summary>
    public string Template => TableTemplate ?? ReportTemplate;

    public string Key => $"{Table}.{Row}.{Col}";
}
