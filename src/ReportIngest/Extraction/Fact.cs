using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>One template cell as read from the source, with the evidence to trace it back: raw text, status, unit, page, locator.</summary>
public sealed record Fact(
    string Table,
    string Row,
    string Col,
    decimal? Value,
    string Raw,
    CellStatus Status,
    string? Unit,
    int? Page,
    string Locator)
{
    public string Key { get; } = Templates.CellKey.Of(Table, Row, Col);
}
