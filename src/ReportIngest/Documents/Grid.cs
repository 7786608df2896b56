namespace ReportIngest.Documents;

/// <summary>A table as the reader found it: rows of cells in source order, spans already laid out.</summary>
public sealed class Grid
{
    public Grid(IReadOnlyList<IReadOnlyList<GridCell>> rows) => Rows = rows;

    public IReadOnlyList<IReadOnlyList<GridCell>> Rows { get; }
}
