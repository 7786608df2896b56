using System.Globalization;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// Inserts the 法人或其他组织小计 column some offices add to table 三, after 其他 and under the 法人或其他组织 group
/// head, holding the sum of the five organisation figures of each row (blank where one of them is not a figure).
/// </summary>
internal static class SubtotalColumn
{
    public static Document? Insert(Document doc)
    {
        var blocks = doc.Blocks.ToList();
        var index = blocks.FindIndex(b => b is GridBlock g && OthersColumn(g.Grid) is not null);
        if (index < 0)
            return null;
        var first = ((GridBlock)blocks[index]).Grid;
        var others = OthersColumn(first)!.Value;
        // the table may go on in further grids as wide as it (a page break) until the next section's table
        for (var i = index; i < blocks.Count; i++)
        {
            if (blocks[i] is not GridBlock grid)
                continue;
            if (i > index && (Width(grid.Grid) != Width(first) || StartsAnotherTable(grid.Grid)))
                break;
            blocks[i] = new GridBlock(new Grid(grid.Grid.Rows.Select(r => WithSubtotal(r, others)).ToList()));
        }
        return DocumentTransforms.With(doc, blocks);
    }

    /// <summary>The column of the 其他 head of the organisation columns (in the row that heads 商业企业), or null when the
    /// grid has none.</summary>
    private static int? OthersColumn(Grid grid) =>
        grid
            .Rows.Where(row => row.Any(c => Squeezed(c.Text).Contains("商业企业")))
            .Select(row => row.FirstOrDefault(c => Squeezed(c.Text) == "其他")?.Col)
            .FirstOrDefault(col => col is not null);

    private static int Width(Grid grid) => grid.Rows.Max(r => r.Count == 0 ? 0 : r.Max(c => c.Col + c.ColSpan));

    private static bool StartsAnotherTable(Grid grid) =>
        grid
            .Rows.Take(3)
            .SelectMany(r => r)
            .Any(c => Squeezed(c.Text) is var t && (t.Contains("行政复议") || t.Contains("信息内容")));

    /// <summary>
    /// The row with its 小计 cell: after the row's sixth figure when it prints the seven figures of a row (so that a
    /// row the source prints shifted stays as printed), else in the column of the 其他 head.
    /// </summary>
    private static IReadOnlyList<GridCell> WithSubtotal(IReadOnlyList<GridCell> row, int others)
    {
        var figures = FigureCells(row);
        GridCell? anchor;
        string subtotal;
        if (row.FirstOrDefault(c => c.Col == others && Squeezed(c.Text) == "其他") is { } head)
            (anchor, subtotal) = (head, "小计");
        else if (figures.Count == 7)
            (anchor, subtotal) = (figures[5], Sum(figures.Skip(1).Take(5)));
        else
        {
            anchor = row.FirstOrDefault(c => c.Col == others && c.ColSpan == 1);
            subtotal = Sum(
                Enumerable.Range(others - 4, 5).Select(col => row.FirstOrDefault(c => c.Col == col && c.ColSpan == 1))
            );
        }

        var at = anchor?.Col ?? others;
        var cells = new List<GridCell>();
        foreach (var cell in row)
        {
            var last = cell.Col + cell.ColSpan - 1;
            if (cell.Col > at)
                cells.Add(cell with { Col = cell.Col + 1 });
            else if (last > at || (last == at && cell.ColSpan > 1))
                cells.Add(cell with { ColSpan = cell.ColSpan + 1 }); // a group head over the column
            else
                cells.Add(cell);
        }
        if (anchor is not null)
            cells.Insert(
                cells.IndexOf(anchor) + 1,
                anchor with
                {
                    Col = at + 1,
                    Text = subtotal,
                    Locator = Locator.Parse(anchor.Locator.Text + " (小计 inserted)"),
                }
            );
        return cells;
    }

    /// <summary>The cells after the row's last label, without the empty cells at either end.</summary>
    private static List<GridCell> FigureCells(IReadOnlyList<GridCell> row)
    {
        var lastLabel = -1;
        for (var i = 0; i < row.Count; i++)
            if (row[i].Text.Trim().Length > 0 && DocumentTransforms.Reading(row[i]).Status == CellStatus.Unreadable)
                lastLabel = i;
        var cells = row.Skip(lastLabel + 1).ToList();
        while (cells.Count > 0 && cells[0].Text.Trim().Length == 0)
            cells.RemoveAt(0);
        while (cells.Count > 0 && cells[^1].Text.Trim().Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>The sum of the five organisation figures, or blank when one of them is not a figure.</summary>
    private static string Sum(IEnumerable<GridCell?> organisations)
    {
        decimal sum = 0;
        foreach (var cell in organisations)
        {
            if (cell is null || DocumentTransforms.Reading(cell) is not { Status: CellStatus.Value, Value: { } figure })
                return "";
            sum += figure;
        }
        return sum.ToString(CultureInfo.InvariantCulture);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
