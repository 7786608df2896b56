using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// A data row found for a template row, before its table's version is decided. <paramref name="ColumnGroup"/>
/// names the section 四 group when a document prints each group as its own table.
/// </summary>
public sealed record ObservedRow(RowDefinition Row, RowParts Parts, string Locator, int? GridIndex, string? ColumnGroup = null);
