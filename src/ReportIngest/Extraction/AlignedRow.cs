using ReportIngest.Documents;

namespace ReportIngest.Extraction;

/// <summary>
/// The cells of one row assigned to template columns. A column mapped to null could not be located with
/// confidence (its fact is unreadable). <see cref="Problem"/> explains any departure from one value per cell.
/// </summary>
public sealed record AlignedRow(IReadOnlyDictionary<string, GridCell?> Cells, string? Problem, bool CellsUncertain);
