using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>How a table's producer sets the text in its cells, learned from the table itself or the document's tables
/// before it.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// The table's cells are set at their top where items' labels wrapped over more lines than their figures show it:
    /// the figures stand level with the label's first line, not centred on the label. Labels centred so say the cells
    /// are centred; null where no label tells (every label one line, or as many lines as its figures).
    /// </summary>
    private static CellAlignment? LearnAlignment(List<FigureRow> figureRows, List<Unit> units, double pitch)
    {
        var (top, centred) = (0, 0);
        var itemOf = figureRows
            .Select(r => (Row: r, Items: ItemsBeside(r, units).Take(2).ToList()))
            .Where(r => r.Items.Count == 1)
            .ToLookup(r => r.Items[0], r => r.Row);
        // only items with their number: a label without one may be two rows' (行政处罚 over 行政强制 | 6270, a row printed
        // blank without space above the next) or a title under the table taken for a label's end
        foreach (
            var unit in units.Where(u =>
                u.Pieces.Count >= 2 && !u.IsVertical && LabelNormalizer.StartsNumbered(u.Pieces[0].Text)
            )
        )
        {
            var beside = itemOf[unit].ToList();
            if (beside.Count == 0 || beside.Count >= unit.Pieces.Count)
                continue;
            var levelWithFirstLine = Math.Abs(beside.Max(r => r.Middle) - unit.Pieces[0].Middle) <= 0.25 * pitch;
            var centredOnLabel =
                Math.Abs((beside.Max(r => r.Top) + beside.Min(r => r.Bottom)) / 2 - unit.Middle) <= 0.25 * pitch;
            if (levelWithFirstLine && !centredOnLabel)
                top++;
            else if (centredOnLabel && !levelWithFirstLine)
                centred++;
        }
        return (top, centred) switch
        {
            (> 0, 0) => CellAlignment.Top,
            (_, > 0) => CellAlignment.Centred,
            _ => null,
        };
    }
}
