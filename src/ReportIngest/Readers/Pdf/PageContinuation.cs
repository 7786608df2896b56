using System.Globalization;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Rejoins a table row cut by a page break: when the table on the next page starts with rows that print text only
/// under the previous row's labels and nothing under its numbers, that text is the rest of those labels
/// (1.本机关不掌 | 握相关政府信息); it is appended to the label above it, matched by horizontal position (the two
/// pages' grids need not number their columns alike), and those rows are dropped. A new header (第二十条第（六）项,
/// 信息内容 | 本年处理决定数量) prints under the numbers too, and is left alone.
/// </summary>
internal static class PageContinuation
{
    public static List<DocumentBlock> Join(List<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is GridBlock next && result.Count > 0 && result[^1] is GridBlock previous && StartsLaterPage(previous, next)
                && previous.Grid.Rows[^1].Any(c => CellValueParser.IsNumber(c.Text)))
            {
                var lastRow = previous.Grid.Rows[^1];
                var count = next.Grid.Rows.TakeWhile(row => IsContinuation(row, lastRow)).Count();
                if (count > 0 && count < next.Grid.Rows.Count)
                {
                    result[^1] = new GridBlock(new Grid([.. previous.Grid.Rows.SkipLast(1), Extend(lastRow, next.Grid.Rows.Take(count))]));
                    result.Add(new GridBlock(new Grid(next.Grid.Rows.Skip(count).ToList())));
                    continue;
                }
            }
            result.Add(block);
        }
        return result;
    }

    private static bool StartsLaterPage(GridBlock previous, GridBlock next) =>
        next.Grid.Rows.Count > 0 && previous.Grid.Rows.Count > 0 && next.Grid.Rows[0][0].Page > previous.Grid.Rows[^1][0].Page;

    /// <summary>Text under some label of <paramref name="above"/>, nothing under its numbers, and no item number of its own (（二）, 1., 四、 begin a row).</summary>
    private static bool IsContinuation(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> above)
    {
        var texts = row.Where(c => c.Text.Length > 0).DistinctBy(c => c.Locator).ToList();
        return texts.Count > 0
               && texts.All(cell => above.Where(a => Overlap(a, cell)).All(a => !CellValueParser.IsNumber(a.Text)) && above.Any(a => Overlap(a, cell)))
               && !texts.Any(cell => LabelNormalizer.StartsNumbered(cell.Text));
    }

    private static List<GridCell> Extend(IReadOnlyList<GridCell> row, IEnumerable<IReadOnlyList<GridCell>> continuation)
    {
        // A label cell repeated below itself (its row span) is one piece of text: its locator says so.
        var pieces = continuation.SelectMany(r => r).Where(c => c.Text.Length > 0).DistinctBy(c => c.Locator).ToList();
        return row.Select(cell => pieces.Where(p => Overlap(cell, p) && Center(p) >= Span(cell).Left && Center(p) <= Span(cell).Right)
            .Aggregate(cell, (joined, piece) => joined with { Text = joined.Text + piece.Text })).ToList();
    }

    private static bool Overlap(GridCell a, GridCell b) => Span(a).Left < Span(b).Right && Span(b).Left < Span(a).Right;

    private static double Center(GridCell cell) => (Span(cell).Left + Span(cell).Right) / 2;

    /// <summary>The horizontal extent of a PDF cell, from its locator <c>p{page}:{x0},{y0},{x1},{y1}</c>.</summary>
    private static (double Left, double Right) Span(GridCell cell)
    {
        var box = cell.Locator[(cell.Locator.IndexOf(':') + 1)..].Split(',');
        return (double.Parse(box[0], CultureInfo.InvariantCulture), double.Parse(box[2], CultureInfo.InvariantCulture));
    }
}
