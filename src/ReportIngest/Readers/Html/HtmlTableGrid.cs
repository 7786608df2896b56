using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Html;

/// <summary>Lays an HTML table out as a grid: every rowspan/colspan expanded (<see cref="SpannedGrid"/>), each cell
/// located by its tr/td path.</summary>
public static class HtmlTableGrid
{
    /// <summary>No report table is this wide; a larger colspan is markup damage and would only blow up the
    /// grid.</summary>
    private const int MaxColumnSpan = 100;

    /// <summary>The grid of <paramref name="table"/>; its cells are located under <paramref name="tableLocator"/>
    /// (<c>table[2]</c> → <c>table[2]/tr[5]/td[3]</c>).</summary>
    public static Grid Build(IHtmlTableElement table, string tableLocator)
    {
        var cells = new List<GridCell>();
        var occupied = new HashSet<(int Row, int Col)>();
        var trs = table.Rows.ToList();
        for (var r = 0; r < trs.Count; r++)
        {
            var col = 0;
            var (tds, ths) = (0, 0); // td[n] and th[n] count their own kind, as in an XPath
            foreach (var cell in trs[r].Cells)
            {
                var cellIndex = cell.LocalName == "th" ? ++ths : ++tds;
                while (occupied.Contains((r, col)))
                    col++;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, trs.Count - r);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                for (var dc = 0; dc < colSpan; dc++)
                    occupied.Add((r + dr, col + dc));
                cells.Add(
                    new GridCell(
                        r,
                        col,
                        CellText(cell),
                        Locator.AtPath($"{tableLocator}/tr[{r + 1}]/{cell.LocalName}[{cellIndex}]"),
                        rowSpan,
                        colSpan
                    )
                    {
                        Basis = ColumnBasis.Markup,
                    }
                );
                col += colSpan;
            }
        }
        return SpannedGrid.Build(cells);
    }

    /// <summary>The cell's text; digits in <c>&lt;sup&gt;</c> or <c>&lt;sub&gt;</c> are a note's mark, written as one
    /// (<see cref="NoteMarks"/>).</summary>
    private static string CellText(IElement cell)
    {
        if (!cell.Descendants<IElement>().Any(IsMark))
            return HtmlText.Fold(cell.TextContent);
        var text = new System.Text.StringBuilder();
        AppendText(cell, text, mark: null);
        return HtmlText.Fold(text.ToString());
    }

    private static bool IsMark(IElement element) => element.LocalName is "sup" or "sub";

    private static void AppendText(INode node, System.Text.StringBuilder text, string? mark)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText run)
                text.Append(
                    mark switch
                    {
                        "sup" => NoteMarks.Raised(run.Data),
                        "sub" => NoteMarks.Lowered(run.Data),
                        _ => run.Data,
                    }
                );
            else if (child is IElement element)
                AppendText(element, text, IsMark(element) ? element.LocalName : mark);
        }
    }
}
