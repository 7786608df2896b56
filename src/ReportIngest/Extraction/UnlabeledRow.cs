using ReportIngest.Documents;

namespace ReportIngest.Extraction;

/// <summary>A row of numbers with no label, kept in reading order so that <see cref="GapFiller"/> may place it between
/// labelled rows.</summary>
public sealed record UnlabeledRow(RowParts Parts, Locator Locator, int? GridIndex, int Order);
