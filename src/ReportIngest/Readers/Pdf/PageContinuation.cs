using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Joins what a page break cuts (template.md §8.7). A table continued on the next page is given the previous page's
/// column numbering, matched by horizontal position: each page's grid numbers only the columns its own rulings or
/// figures draw, so the same column may be the ninth on one page and the tenth on the next, and a page without the
/// header must still be read under it. A row cut by the break (its labels' ends at the top of the next page, and under
/// its figures only their rest: 1.本机关不掌 | 握相关政府信息, 3 | 9) is rejoined: that text is appended to the cell above
/// it and those rows are dropped. A new header (第二十条第（六）项, 信息内容 | 本年处理决定数量) prints under the numbers too, and is
/// left alone.
/// </summary>
internal static partial class PageContinuation
{
    public static List<DocumentBlock> Join(List<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is GridBlock grid)
                JoinLabelRests(result, grid);
            if (
                block is GridBlock next
                && result.Count > 0
                && result[^1] is GridBlock previous
                && StartsLaterPage(previous, next)
            )
            {
                if (WithoutRepeatedHeader(result, next.Grid) is not { Rows.Count: > 0 } body)
                    continue;
                var (continued, after) = Continued(previous.Grid, body);
                var numbered = !ReferenceEquals(continued, body); // in the previous table's columns
                var lastRow = previous.Grid.Rows[^1];
                // A header row split by the break goes on in the same columns (商业企 | 业); otherwise only a row of
                // figures is cut.
                var header = !lastRow.Any(c => CellValueParser.IsNumber(c.Text));
                // (a header's words go on; figures or placeholders under it are its first row of data, and a label
                // alone under it the first row, printed blank: 规章 under 信息内容)
                var count = continued
                    .Rows.TakeWhile(row =>
                        IsContinuation(row, lastRow, previous.Grid)
                        && (
                            !header
                            || (
                                InSameColumns(row, lastRow)
                                && !row.Any(c => CellValueParser.IsValueOrPlaceholder(c.Text))
                                && row.Any(c => c.Col > 0 && c.Text.Length > 0)
                            )
                        )
                    )
                    .Count();
                if (count > 0 && (count < continued.Rows.Count || !header))
                {
                    // the next page may hold nothing of the table but a cut row of figures' rest (the foot of section
                    // 四)
                    result[^1] = previous with
                    {
                        Grid = new Grid([
                            .. previous.Grid.Rows.SkipLast(1),
                            Extend(lastRow, continued.Rows.Take(count)),
                        ]),
                    };
                    if (count < continued.Rows.Count)
                        result.Add(
                            new GridBlock(new Grid(continued.Rows.Skip(count).ToList()))
                            {
                                ContinuesPrevious = numbered,
                            }
                        );
                }
                else if (
                    count == 0
                    && continued.Rows.Count > 0
                    && CutLabelledRest(continued.Rows[0], lastRow, previous.Grid) is { Count: > 0 } cut
                )
                {
                    result[^1] = previous with { Grid = WithDoubt(previous.Grid, previous.Grid.Rows.Count - 1, cut) };
                    result.Add(new GridBlock(WithDoubt(continued, 0, cut)) { ContinuesPrevious = numbered });
                }
                else
                    result.Add(new GridBlock(continued) { ContinuesPrevious = numbered });
                if (after is not null)
                    result.Add(new GridBlock(after));
                continue;
            }
            result.Add(block);
        }
        for (var i = 0; i < result.Count; i++)
            if (result[i] is GridBlock { Grid: var grid } block && grid.Rows.Any(row => row.Any(c => c.PageHeadRest)))
                result[i] = block with { Grid = DoubtUnjoinedHeadRests(grid) };
        return result;
    }

    /// <summary>
    /// Figures heading a page's table without a label that did not turn out to be the rest of figures cut by the break,
    /// standing within a line and a half of the row under them: whose they are cannot be told (the first digits of that
    /// row's figures, stacked over lines?). They and the cells right under them are doubtful. A row of figures with
    /// nothing close under it (section 四's one row, its header on the page before) is left as it is.
    /// </summary>
    private static Grid DoubtUnjoinedHeadRests(Grid grid)
    {
        var rows = grid.Rows.Select(row => row.ToList()).ToList();
        for (var r = 0; r + 1 < rows.Count; r++)
            foreach (var head in rows[r].Where(c => c.PageHeadRest && c.Text.Length > 0 && c.Box is not null).ToList())
            {
                var height = head.Box!.Value.Top - head.Box.Value.Bottom;
                if (
                    rows[r + 1].FirstOrDefault(c => c.Col == head.Col) is not { Box: { } below }
                    || head.Box.Value.Bottom - below.Top > 1.5 * height
                )
                    continue;
                rows[r] = [.. rows[r].Select(c => c.Col == head.Col ? c with { Doubtful = true } : c)];
                rows[r + 1] = [.. rows[r + 1].Select(c => c.Col == head.Col ? c with { Doubtful = true } : c)];
            }
        return new Grid([.. rows.Select(row => (IReadOnlyList<GridCell>)row)]);
    }

    /// <summary>
    /// The value columns of a row heading the next page that may be the rest of the previous page's last row, its label
    /// and figures wrapped over the break (5.要求行政机关确认 | １ | １ | ０ … | １ over 或重新出具已获取信息 | ０ | | … | １:
    /// 10 and 11, or 1 and 1 and another row?): a label without an item number of its own, figures only right under
    /// figures that fill their column (a column that fits no more digits wraps there), blank where the row above
    /// prints other figures. Which it is cannot be told: those columns are doubtful in both rows. Empty when the row
    /// does not look so.
    /// </summary>
    private static List<int> CutLabelledRest(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> above, Grid previous)
    {
        // an item numbered in the row is a row of its own, whatever rest of a group label (法提 of （四）无法提供) stands before
        // it
        var labels = row.Where(c => c.Text.Length > 0 && !CellValueParser.IsValueOrPlaceholder(c.Text)).ToList();
        if (labels.Count == 0 || labels.Any(l => LabelNormalizer.StartsNumbered(l.Text)))
            return [];
        var label = labels[^1];
        var widest = previous
            .Rows.SelectMany(r => r)
            .Where(c => c.ColSpan == 1 && c.Box is not null && CellValueParser.IsNumber(c.Text))
            .GroupBy(c => c.Col)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Box!.Value.Right - c.Box.Value.Left));
        GridCell? Above(GridCell cell) =>
            above.FirstOrDefault(a => a.Col == cell.Col && a.ColSpan == 1 && CellValueParser.IsNumber(a.Text));
        var figures = row.Where(c => c.Col > label.Col && CellValueParser.IsNumber(c.Text)).ToList();
        if (figures.Count == 0)
            return [];
        var wrapped = figures.All(f => Above(f) is { Box: { } box } && box.Right - box.Left >= widest[f.Col] - 1);
        var blankUnderFigures = above.Any(a =>
            a.Col > label.Col && CellValueParser.IsNumber(a.Text) && !figures.Any(f => f.Col == a.Col)
        );
        return wrapped && blankUnderFigures ? [.. row.Where(c => c.Col > label.Col).Select(c => c.Col)] : [];
    }

    private static Grid WithDoubt(Grid grid, int rowIndex, List<int> columns) =>
        new([
            .. grid.Rows.Select(
                (row, r) =>
                    r != rowIndex
                        ? row
                        : (IReadOnlyList<GridCell>)
                            [.. row.Select(c => columns.Contains(c.Col) ? c with { Doubtful = true } : c)]
            ),
        ]);

    /// <summary>
    /// Lines of text at the head of the next grid's page, right before it, that stand inside a label cell of the
    /// previous page's last row (no figure, no item number): the rest of that label, cut by the page break
    /// (（二）部分公开（区分处理的，只 | 计这一情形，不计其他情形）); joined to it, so that the two grids meet again.
    /// </summary>
    private static void JoinLabelRests(List<DocumentBlock> result, GridBlock next)
    {
        var start = result.Count;
        while (
            start > 0
            && result[start - 1] is TextBlock { IsHeading: false } text
            && text.Page == next.Grid.Rows[0][0].Page
        )
            start--;
        if (
            start == result.Count
            || start == 0
            || result[start - 1] is not GridBlock previous
            || !StartsLaterPage(previous, next)
        )
            return;
        var lastRow = previous.Grid.Rows[^1];
        var rests = result.Skip(start).Cast<TextBlock>().ToList();
        var owners = rests
            .Select(text =>
                lastRow.FirstOrDefault(cell =>
                    text.Box is { } box
                    && cell.Box is { } over
                    && cell.Text.Length > 0
                    && !CellValueParser.IsValueOrPlaceholder(cell.Text)
                    && box.Left >= over.Left - 2
                    && box.Right <= over.Right + 2
                )
            )
            .ToList();
        if (
            owners.Any(o => o is null)
            || rests.Any(t => LabelNormalizer.StartsNumbered(t.Text) || t.Text.Any(char.IsDigit))
        )
            return;
        var row = lastRow
            .Select(cell =>
                owners.Contains(cell)
                    ? cell with
                    {
                        Text = cell.Text + string.Concat(rests.Where((_, i) => owners[i] == cell).Select(t => t.Text)),
                    }
                    : cell
            )
            .ToList();
        result.RemoveRange(start, result.Count - start);
        result[^1] = previous with { Grid = new Grid([.. previous.Grid.Rows.SkipLast(1), row]) };
    }

    /// <summary>
    /// The next page's grid without the header it repeats (Word's header rows repeated on every page the table runs
    /// onto): its first rows, without figures, saying what the first rows of the table's first grid say (the last
    /// grids read, back to the text before them). The rows after them go on the table as if the header were not there,
    /// so a row the break cut is joined across it (27 at a page's foot, then the header again, then 69: 2769).
    /// </summary>
    private static Grid WithoutRepeatedHeader(List<DocumentBlock> result, Grid next)
    {
        static List<string> Texts(IReadOnlyList<GridCell> row) =>
            [
                .. row.Where(c => c.Text.Length > 0)
                    .Select(c => string.Concat(c.Text.Where(ch => !char.IsWhiteSpace(ch))))
                    .Distinct(),
            ];
        for (var i = result.Count - 1; i >= 0 && result[i] is GridBlock { Grid: var earlier }; i--)
        {
            var repeated = 0;
            while (
                repeated < next.Rows.Count
                && repeated < earlier.Rows.Count - 1
                && !next.Rows[repeated].Any(c => CellValueParser.IsNumber(c.Text))
                && Texts(next.Rows[repeated]) is { Count: > 0 } texts
                && texts.SequenceEqual(Texts(earlier.Rows[repeated]))
            )
                repeated++;
            if (repeated > 0)
                return new Grid([.. next.Rows.Skip(repeated)]);
        }
        return next;
    }

    private static bool StartsLaterPage(GridBlock previous, GridBlock next) =>
        next.Grid.Rows.Count > 0
        && previous.Grid.Rows.Count > 0
        && next.Grid.Rows[0][0].Page > previous.Grid.Rows[^1][0].Page;
}
