using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>Whether the first row of the next page's grid is the rest of the previous grid's last row the page break
/// cut, and that rest joined to it.</summary>
internal static partial class PageContinuation
{
    /// <summary>
    /// Text under some label of <paramref name="above"/> with no item number of its own (（二）, 1., 四、 begin a row),
    /// and under a figure only the rest of that figure (a figure wrapped in its cell, the row split by the page break:
    /// 3 at the foot of one page, 9 at the head of the next, is 39).
    /// </summary>
    /// <param name="row">The first row of the next page's grid.</param>
    /// <param name="above">The previous grid's last row.</param>
    /// <param name="previous">The grid <paramref name="above"/> ends: how wide its labels run before they wrap.</param>
    private static bool IsContinuation(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> above, Grid previous)
    {
        var texts = row.Where(c => c.Text.Length > 0).DistinctBy(c => c.Locator).ToList();
        if (texts.Count == 0 || texts.Any(cell => LabelNormalizer.StartsNumbered(cell.Text)))
            return false;
        var pieces = texts.Select(cell => (Cell: cell, Over: above.Where(a => Overlap(a, cell)).ToList())).ToList();
        if (pieces.Any(p => p.Over.Count == 0))
            return false;
        var underFigures = pieces.Where(p => p.Over.Any(a => CellValueParser.IsNumber(a.Text))).ToList();
        // The rest of figures only in a row with no label of its own: a row with a label is a row (规章 | 0 above 行政规范性文件
        // | 77); but the rest of a label left open above (（二）部分公开（区分处理的，只 | 计这一情形…）), of an item's label that runs to
        // where its column wraps (5.要求行政机关确认 | 或重新出具已获取信息), or a group cell going on down the next page (三、 | 本年度办理结果,
        // spanning rows or printed a character a line), is no label of its own.
        var labels = pieces.Except(underFigures).ToList();
        return underFigures.Count == 0
            || (
                underFigures.All(p => p.Over.All(a => FigureGoesOn(a, p.Cell)))
                && labels.All(p =>
                    p.Cell.RowSpan > 1
                    || p.Over.All(a =>
                        LabelNormalizer.LeftOpen(a.Text) || WrapsFull(a, previous) || (Vertical(a) && Vertical(p.Cell))
                    )
                )
            );
    }

    /// <summary>A cell printed a character a line (三、 / 本 / 年 …): much taller than wide.</summary>
    private static bool Vertical(GridCell cell) =>
        cell.Box is { } box && 1.5 * (box.Right - box.Left) < box.Top - box.Bottom;

    /// <summary>
    /// An item's label (numbered) running to the right edge of the widest label of its column: its line is full, so
    /// the label wraps on, and an unnumbered line under it in a numbered list is its rest.
    /// </summary>
    private static bool WrapsFull(GridCell label, Grid grid)
    {
        if (!LabelNormalizer.StartsNumbered(label.Text) || label.Box is not { } box)
            return false;
        var wrapsAt = grid
            .Rows.SelectMany(r => r)
            .Where(c =>
                c.Col == label.Col
                && c.Box is not null
                && c.Text.Length > 0
                && !CellValueParser.IsValueOrPlaceholder(c.Text)
            )
            .Max(c => c.Box!.Value.Right);
        // within a character: the label's mean character width
        return box.Right >= wrapsAt - (box.Right - box.Left) / label.Text.Length;
    }

    /// <summary>Every piece stands in a column of exactly the width of the cell above it: the same ruled cell, cut by
    /// the page break.</summary>
    private static bool InSameColumns(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> above) =>
        row.Where(c => c.Text.Length > 0)
            .All(piece =>
                piece.Box is { } box
                && above.Any(a =>
                    a.Text.Length > 0
                    && a.Box is { } over
                    && Math.Abs(over.Left - box.Left) <= 2
                    && Math.Abs(over.Right - box.Right) <= 2
                )
            );

    /// <summary>The piece is the rest of the figure above: more digits, maybe with the figure's unit (3 | 9件), or the
    /// unit alone.</summary>
    private static bool FigureGoesOn(GridCell above, GridCell piece) =>
        CellValueParser.Parse(above.Text + piece.Text) is { Status: CellStatus.Value } joined
        && (
            piece.Text.All(c => char.IsDigit(c) || c is ',' or '，' or '.' or '．')
            || (joined.Unit is not null && CellValueParser.Parse(above.Text).Unit is null)
        );

    private static List<GridCell> Extend(IReadOnlyList<GridCell> row, IEnumerable<IReadOnlyList<GridCell>> continuation)
    {
        // A label cell repeated below itself (its row span) is one piece of text: its locator says so.
        var pieces = continuation.SelectMany(r => r).Where(c => c.Text.Length > 0).DistinctBy(c => c.Locator).ToList();
        return row.Select(cell =>
                pieces
                    .Where(p =>
                        Overlap(cell, p)
                        && p.Box!.Value.CenterX >= cell.Box!.Value.Left
                        && p.Box.Value.CenterX <= cell.Box.Value.Right
                    )
                    .Aggregate(cell, (joined, piece) =>
                        joined with
                        {
                            Text = joined.Text + piece.Text,
                            Doubtful = joined.Doubtful || piece.Doubtful,
                        }
                    )
            )
            .ToList();
    }

    private static bool Overlap(GridCell a, GridCell b) =>
        a.Box is { } boxA && b.Box is { } boxB && boxA.OverlapsHorizontally(boxB);
}
