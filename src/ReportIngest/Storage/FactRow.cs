namespace ReportIngest.Storage;

/// <summary>
/// One row of the <c>facts</c> export (contract.md), as stored. Computed columns are computed here, not in SQL: SQLite
/// gives an expression column no type, which a reader cannot map when the result is empty.
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
    string Locator
)
{
    /// <summary>The template version of the fact's table (a report may mix versions).</summary>
    public string Template => TableTemplate ?? ReportTemplate;

    public string Key => $"{Table}.{Row}.{Col}";
}
