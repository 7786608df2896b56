using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// A row split into its label cells (the leading text) and its value cells (everything after the last label
/// cell that precedes the first number, or the first figure with a note's mark: 80¹). Text after the first number stays
/// a value cell and will read as unreadable. So does a cell the reader found two figures in (3 | 5): it is a value cell
/// whose figure cannot be told, never part of the label.
/// </summary>
public sealed record RowParts(IReadOnlyList<GridCell> LabelCells, IReadOnlyList<GridCell> ValueCells)
{
    /// <summary>The most specific label: the rightmost label cell (group labels of merged cells stand to its
    /// left).</summary>
    public string Leaf => LabelCells.Count == 0 ? "" : LabelCells[^1].Text;

    public string FullLabel => string.Concat(LabelCells.Select(c => c.Text));

    public int NumberCount => ValueCells.Count(c => CellValueParser.IsNumber(c.Text));

    public int NonBlankCount => ValueCells.Count(c => CellValueParser.Parse(c.Text).Status != CellStatus.Blank);

    /// <summary>True when the row prints at least one number or placeholder: a data row rather than a header.</summary>
    public bool HasValues => ValueCells.Any(c => CellValueParser.IsValueOrPlaceholder(c.Text));

    public static RowParts Split(IReadOnlyList<GridCell> cells)
    {
        var firstValue = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var status = CellValueParser.Parse(cells[i].Text).Status;
            if (
                status is CellStatus.Value or CellStatus.Placeholder
                || CellValueParser.IsMarkedFigure(cells[i].Text)
                || CellValueParser.IsFigurePieces(cells[i].Text)
            )
            {
                firstValue = i;
                break;
            }
        }

        var labelEnd = firstValue < 0 ? cells.Count : firstValue; // exclusive
        var lastLabel = -1;
        for (var i = 0; i < labelEnd; i++)
            if (CellValueParser.Parse(cells[i].Text).Status == CellStatus.Unreadable)
                lastLabel = i;

        var labels = new List<GridCell>();
        for (var i = 0; i <= lastLabel; i++)
            if (cells[i].Text.Length > 0)
                labels.Add(cells[i]);
        return new RowParts(labels, cells.Skip(lastLabel + 1).ToList());
    }
}
