using ReportIngest.Documents;
using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// A data row found for a template row, before its table's version is decided. <paramref name="ColumnGroup"/>
/// names the section 四 group; <paramref name="Order"/> is the row's place in reading order when a document prints each
/// group as its own table.
/// </summary>
public sealed record ObservedRow(
    RowDefinition Row,
    RowParts Parts,
    Locator Locator,
    int? GridIndex,
    int Order,
    string? ColumnGroup = null
);
