using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// One template cell as read from the source, with the evidence to trace it back: raw text, status, unit, page,
/// locator, and how its column was decided (null where no cell of the source was placed: a row read as unreadable).
/// </summary>
public sealed record Fact(
    string Table,
    string Row,
    string Col,
    decimal? Value,
    string Raw,
    CellStatus Status,
    string? Unit,
    Locator Locator,
    ColumnBasis? Basis
)
{
    /// <summary>The PDF page the cell was read on; null for formats without pages.</summary>
    public int? Page => Locator.Page;

    public string Key { get; } = Templates.CellKey.Of(Table, Row, Col);
}
