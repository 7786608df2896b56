using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers;

/// <summary>
/// Lays out a table whose cells carry row and column spans (HTML, ruled PDF): each cell sits at its first grid
/// position; a label cell that spans rows is repeated in the rows below it, so that every row keeps its group label
/// (（三）不予公开 over its numbered items); a value cell is never repeated, so no number is counted twice.
/// </summary>
public static class SpannedGrid
{
    /// <summary>Cells one table may have once its row spans are laid out (a report's largest has a few
    /// hundred).</summary>
    public const int MaxCells = 200_000;

    public static Grid Build(IEnumerable<GridCell> cells)
    {
        var rows = new SortedDictionary<int, List<GridCell>>();
        var count = 0;
        List<GridCell> Row(int index) => rows.TryGetValue(index, out var row) ? row : rows[index] = [];
        foreach (var cell in cells)
        {
            if ((count += cell.RowSpan) > MaxCells)
                throw new DocumentReadException($"a table of more than {MaxCells:N0} cells: refused");
            Row(cell.Row).Add(cell);
            if (cell.RowSpan <= 1 || CellValueParser.Parse(cell.Text).Status != CellStatus.Unreadable)
                continue;
            for (var below = 1; below < cell.RowSpan; below++)
                Row(cell.Row + below).Add(cell with { Row = cell.Row + below, RowSpan = 1 });
        }
        return new Grid(rows.Values.Select(row => (IReadOnlyList<GridCell>)row.OrderBy(c => c.Col).ToList()).ToList());
    }
}
