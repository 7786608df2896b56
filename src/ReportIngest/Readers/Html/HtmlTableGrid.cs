using AngleSharp.Html.Dom;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Html;

/// <summary>
/// Lays an HTML table out as a grid: every rowspan/colspan expanded, each cell at its first grid position with
/// its spans. A label cell that spans rows is repeated in the rows below it (so each row keeps its group label);
/// a value cell is never repeated, so no number is counted twice.
/// </summary>
public static class HtmlTableGrid
{
    /// <summary>No report table is this wide; a larger colspan is markup damage and would only blow up the grid.</summary>
    private const int MaxColumnSpan = 100;

    /// <summary>The grid of <paramref name="table"/>; its cells are located under <paramref name="tableLocator"/> (<c>table[2]</c> → <c>table[2]/tr[5]/td[3]</c>).</summary>
    public static Grid Build(IHtmlTableElement table, string tableLocator)
    {
        var rows = new List<List<GridCell>>();
        var occupied = new HashSet<(int Row, int Col)>();
        var trs = table.Rows.ToList();
        for (var r = 0; r < trs.Count; r++)
        {
            while (rows.Count <= r) rows.Add([]);
            var col = 0;
            var cellIndex = 0;
            foreach (var cell in trs[r].Cells)
            {
                cellIndex++;
                while (occupied.Contains((r, col))) col++;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, trs.Count - r);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++) occupied.Add((r + dr, col + dc));

                var text = CellText(cell);
                var locator = $"{tableLocator}/tr[{r + 1}]/{cell.LocalName}[{cellIndex}]";
                rows[r].Add(new GridCell(r, col, text, locator, rowSpan, colSpan));
                if (rowSpan > 1 && CellValueParser.Parse(text).Status == CellStatus.Unreadable)
                    for (var dr = 1; dr < rowSpan; dr++)
                    {
                        while (rows.Count <= r + dr) rows.Add([]);
                        rows[r + dr].Add(new GridCell(r + dr, col, text, locator, 1, colSpan));
                    }
                col += colSpan;
            }
        }
        return new Grid(rows.Select(row => (IReadOnlyList<GridCell>)row.OrderBy(c => c.Col).ToList()).ToList());
    }

    private static string CellText(AngleSharp.Dom.IElement cell) => HtmlText.Fold(cell.TextContent);
}
