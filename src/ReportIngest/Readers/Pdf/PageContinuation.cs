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
internal static class PageContinuation
{
    public static List<DocumentBlock> Join(List<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is GridBlock grid) JoinLabelRests(result, grid);
            if (block is GridBlock next && result.Count > 0 && result[^1] is GridBlock previous && StartsLaterPage(previous, next))
            {
                if (WithoutRepeatedHeader(result, next.Grid) is not { Rows.Count: > 0 } body) continue;
                var (continued, after) = Continued(previous.Grid, body);
                var numbered = !ReferenceEquals(continued, body); // in the previous table's columns
                var lastRow = previous.Grid.Rows[^1];
                // A header row split by the break goes on in the same columns (商业企 | 业); otherwise only a row of figures is cut.
                var header = !lastRow.Any(c => CellValueParser.IsNumber(c.Text));
                // (a header's words go on; figures under it are its first row of data)
                var count = continued.Rows.TakeWhile(row => IsContinuation(row, lastRow, previous.Grid)
                    && (!header || (InSameColumns(row, lastRow) && !row.Any(c => CellValueParser.IsNumber(c.Text))))).Count();
                if (count > 0 && (count < continued.Rows.Count || !header))
                {
                    // the next page may hold nothing of the table but a cut row of figures' rest (the foot of section 四)
                    result[^1] = previous with { Grid = new Grid([.. previous.Grid.Rows.SkipLast(1), Extend(lastRow, continued.Rows.Take(count))]) };
                    if (count < continued.Rows.Count) result.Add(new GridBlock(new Grid(continued.Rows.Skip(count).ToList())) { ContinuesPrevious = numbered });
                }
                else if (count == 0 && continued.Rows.Count > 0 && CutLabelledRest(continued.Rows[0], lastRow, previous.Grid) is { Count: > 0 } cut)
                {
                    result[^1] = previous with { Grid = WithDoubt(previous.Grid, previous.Grid.Rows.Count - 1, cut) };
                    result.Add(new GridBlock(WithDoubt(continued, 0, cut)) { ContinuesPrevious = numbered });
                }
                else result.Add(new GridBlock(continued) { ContinuesPrevious = numbered });
                if (after is not null) result.Add(new GridBlock(after));
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
                if (rows[r + 1].FirstOrDefault(c => c.Col == head.Col) is not { Box: { } below } || head.Box.Value.Bottom - below.Top > 1.5 * height) continue;
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
        // an item numbered in the row is a row of its own, whatever rest of a group label (法提 of （四）无法提供) stands before it
        var labels = row.Where(c => c.Text.Length > 0 && !CellValueParser.IsValueOrPlaceholder(c.Text)).ToList();
        if (labels.Count == 0 || labels.Any(l => LabelNormalizer.StartsNumbered(l.Text))) return [];
        var label = labels[^1];
        var widest = previous.Rows.SelectMany(r => r).Where(c => c.ColSpan == 1 && c.Box is not null && CellValueParser.IsNumber(c.Text))
            .GroupBy(c => c.Col).ToDictionary(g => g.Key, g => g.Max(c => c.Box!.Value.Right - c.Box.Value.Left));
        GridCell? Above(GridCell cell) => above.FirstOrDefault(a => a.Col == cell.Col && a.ColSpan == 1 && CellValueParser.IsNumber(a.Text));
        var figures = row.Where(c => c.Col > label.Col && CellValueParser.IsNumber(c.Text)).ToList();
        if (figures.Count == 0) return [];
        var wrapped = figures.All(f => Above(f) is { Box: { } box } && box.Right - box.Left >= widest[f.Col] - 1);
        var blankUnderFigures = above.Any(a => a.Col > label.Col && CellValueParser.IsNumber(a.Text) && !figures.Any(f => f.Col == a.Col));
        return wrapped && blankUnderFigures ? [.. row.Where(c => c.Col > label.Col).Select(c => c.Col)] : [];
    }

    private static Grid WithDoubt(Grid grid, int rowIndex, List<int> columns) =>
        new([.. grid.Rows.Select((row, r) => r != rowIndex ? row
            : (IReadOnlyList<GridCell>)[.. row.Select(c => columns.Contains(c.Col) ? c with { Doubtful = true } : c)])]);

    /// <summary>
    /// Lines of text at the head of the next grid's page, right before it, that stand inside a label cell of the
    /// previous page's last row (no figure, no item number): the rest of that label, cut by the page break
    /// (（二）部分公开（区分处理的，只 | 计这一情形，不计其他情形）); joined to it, so that the two grids meet again.
    /// </summary>
    private static void JoinLabelRests(List<DocumentBlock> result, GridBlock next)
    {
        var start = result.Count;
        while (start > 0 && result[start - 1] is TextBlock { IsHeading: false } text && text.Page == next.Grid.Rows[0][0].Page) start--;
        if (start == result.Count || start == 0 || result[start - 1] is not GridBlock previous || !StartsLaterPage(previous, next)) return;
        var lastRow = previous.Grid.Rows[^1];
        var rests = result.Skip(start).Cast<TextBlock>().ToList();
        var owners = rests.Select(text => lastRow.FirstOrDefault(cell => text.Box is { } box && cell.Box is { } over && cell.Text.Length > 0
            && !CellValueParser.IsValueOrPlaceholder(cell.Text) && box.Left >= over.Left - 2 && box.Right <= over.Right + 2)).ToList();
        if (owners.Any(o => o is null) || rests.Any(t => LabelNormalizer.StartsNumbered(t.Text) || t.Text.Any(char.IsDigit))) return;
        var row = lastRow.Select(cell => owners.Contains(cell)
            ? cell with { Text = cell.Text + string.Concat(rests.Where((_, i) => owners[i] == cell).Select(t => t.Text)) }
            : cell).ToList();
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
            [.. row.Where(c => c.Text.Length > 0).Select(c => string.Concat(c.Text.Where(ch => !char.IsWhiteSpace(ch)))).Distinct()];
        for (var i = result.Count - 1; i >= 0 && result[i] is GridBlock { Grid: var earlier }; i--)
        {
            var repeated = 0;
            while (repeated < next.Rows.Count && repeated < earlier.Rows.Count - 1 && !next.Rows[repeated].Any(c => CellValueParser.IsNumber(c.Text))
                   && Texts(next.Rows[repeated]) is { Count: > 0 } texts && texts.SequenceEqual(Texts(earlier.Rows[repeated])))
                repeated++;
            if (repeated > 0) return new Grid([.. next.Rows.Skip(repeated)]);
        }
        return next;
    }

    private static bool StartsLaterPage(GridBlock previous, GridBlock next) =>
        next.Grid.Rows.Count > 0 && previous.Grid.Rows.Count > 0 && next.Grid.Rows[0][0].Page > previous.Grid.Rows[^1][0].Page;

    /// <summary>
    /// The next page's grid numbered like the previous one, and the rows after it that are another table drawn against
    /// it (two tables with nothing between them are one lattice: section 四 right under 三); the grid as it is when
    /// not even its first rows go on the previous table.
    /// </summary>
    private static (Grid Continued, Grid? After) Continued(Grid previous, Grid next)
    {
        var columns = new PreviousColumns(TableTail(previous));
        if (Renumbered(columns, next) is { } whole) return (whole, null);
        for (var rows = next.Rows.Count - 1; rows > 0; rows--)
            if (Renumbered(columns, new Grid(next.Rows.Take(rows).ToList())) is { } head)
                return (head, new Grid(next.Rows.Skip(rows).ToList()));
        return (next, null);
    }

    /// <summary>
    /// The next page's grid with the previous grid's column numbers, when every one of its figures stands under a
    /// column of the previous grid and its columns keep their order; null when it is not the same table's columns.
    /// </summary>
    private static Grid? Renumbered(PreviousColumns previous, Grid next)
    {
        var columns = previous.Spans;
        if (columns.Count == 0) return null;
        int? ColumnOf(CellBox box) =>
            columns.Where(c => box.CenterX >= c.Value.Left - 1 && box.CenterX <= c.Value.Right + 1).Select(c => (int?)c.Key).FirstOrDefault();

        var figures = next.Rows.SelectMany(r => r).Where(c => c.Box is not null && CellValueParser.IsValueOrPlaceholder(c.Text)).ToList();
        if (figures.Count == 0 || figures.Any(f => ColumnOf(f.Box!.Value) is null)) return null;
        // The figures' columns, by where they stand; they must keep their order.
        var mapping = new Dictionary<int, int>();
        foreach (var figure in figures)
        {
            var target = ColumnOf(figure.Box!.Value)!.Value;
            if (mapping.TryGetValue(figure.Col, out var known) && known != target) return null;
            mapping[figure.Col] = target;
        }
        // a column the next page leaves blank throughout (总计 blank on this page) stands where its blank cells do
        var firstFigureColumn = mapping.Keys.Min();
        foreach (var blank in next.Rows.SelectMany(r => r).Where(c => c.Col >= firstFigureColumn && c.ColSpan == 1 && c.Text.Length == 0 && c.Box is not null))
            if (!mapping.ContainsKey(blank.Col) && ColumnOf(blank.Box!.Value) is { } place)
                mapping[blank.Col] = place;
        var ordered = mapping.OrderBy(m => m.Key).Select(m => m.Value).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.First >= p.Second)) return null;
        var same = mapping.All(m => m.Key == m.Value);
        // Label columns keep their place left of the figures (their number does not matter, only that they stay left).
        var firstFigure = mapping.Keys.Min();
        var labelLimit = mapping[firstFigure] - 1;
        int Target(int col) => same ? col : mapping.TryGetValue(col, out var t) ? t : col < firstFigure ? Math.Min(col, labelLimit) : -1;
        // nothing may stand outside the table's columns but blank cells: the empty space beside a narrower table
        if (next.Rows.SelectMany(r => r).Any(c => Target(c.Col) < 0 && c.Text.Length > 0) || next.Rows.Any(r => r.All(c => Target(c.Col) < 0))) return null;
        // A value column the next page prints nothing in (its figures blank there) is still the table's: blank cells.
        var valueColumns = previous.ValueColumns;
        return new Grid(next.Rows.Select(row =>
        {
            var cells = row.Where(c => Target(c.Col) >= 0).Select(c =>
            {
                var first = Target(c.Col);
                var last = mapping.TryGetValue(c.Col + c.ColSpan - 1, out var end) ? end : first;
                // a figure under a column the page before drew merged spans it as the figures above it do: the same table, as wide
                var span = last > first ? last - first + 1 : previous.Merged.GetValueOrDefault(first, 1);
                return c with { Col = first, ColSpan = span };
            }).ToList();
            if (cells.Any(c => CellValueParser.IsValueOrPlaceholder(c.Text)) || cells.Any(c => c.Col > labelLimit))
                foreach (var col in valueColumns.Where(v => !cells.Any(c => c.Col <= v && v < c.Col + c.ColSpan)))
                {
                    var (span, level) = (columns.GetValueOrDefault(col), cells[0].Box ?? default);
                    var box = new CellBox(span.Left, level.Bottom, span.Right, level.Top);
                    var locator = TextLines.Locator(cells[0].Page ?? 0, box.Left, box.Bottom, box.Right, box.Top);
                    cells.Add(new GridCell(cells[0].Row, col, "", locator, ColSpan: previous.Merged.GetValueOrDefault(col, 1), Page: cells[0].Page) { Box = box, Basis = cells[0].Basis });
                }
            return (IReadOnlyList<GridCell>)cells.OrderBy(c => c.Col).ToList();
        }).ToList());
    }

    /// <summary>
    /// The previous grid's last table: its rows from the end up to one whose cell edges are not the last row's (the
    /// table above it drawn against it in one lattice, its columns elsewhere); all its rows when it has no rulings.
    /// </summary>
    private static List<IReadOnlyList<GridCell>> TableTail(Grid grid)
    {
        // only a ruled table's cells share their edges; a table without rulings has no lattice to be drawn against another
        var boxes = grid.Rows[^1].Where(c => c.Box is not null).Select(c => c.Box!.Value).OrderBy(b => b.Left).ToList();
        if (boxes.Zip(boxes.Skip(1)).Any(p => Math.Abs(p.First.Right - p.Second.Left) > 2)) return [.. grid.Rows];
        var edges = boxes.SelectMany(b => new[] { b.Left, b.Right }).ToList();
        bool OnEdges(IReadOnlyList<GridCell> row) => row.Where(c => c.Box is not null)
            .All(c => edges.Any(e => Math.Abs(e - c.Box!.Value.Left) <= 2) && edges.Any(e => Math.Abs(e - c.Box!.Value.Right) <= 2));
        return [.. grid.Rows.Reverse().TakeWhile(OnEdges).Reverse()];
    }

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
        if (texts.Count == 0 || texts.Any(cell => LabelNormalizer.StartsNumbered(cell.Text))) return false;
        var pieces = texts.Select(cell => (Cell: cell, Over: above.Where(a => Overlap(a, cell)).ToList())).ToList();
        if (pieces.Any(p => p.Over.Count == 0)) return false;
        var underFigures = pieces.Where(p => p.Over.Any(a => CellValueParser.IsNumber(a.Text))).ToList();
        // The rest of figures only in a row with no label of its own: a row with a label is a row (规章 | 0 above 行政规范性文件 | 77);
        // but the rest of a label left open above (（二）部分公开（区分处理的，只 | 计这一情形…）), of an item's label that
        // runs to where its column wraps (5.要求行政机关确认 | 或重新出具已获取信息), or a group cell going on down the next
        // page (三、 | 本年度办理结果, spanning rows or printed a character a line), is no label of its own.
        var labels = pieces.Except(underFigures).ToList();
        return underFigures.Count == 0
               || (underFigures.All(p => p.Over.All(a => FigureGoesOn(a, p.Cell)))
                   && labels.All(p => p.Cell.RowSpan > 1 || p.Over.All(a => LabelNormalizer.LeftOpen(a.Text) || WrapsFull(a, previous)
                                                                       || (Vertical(a) && Vertical(p.Cell)))));
    }

    /// <summary>A cell printed a character a line (三、 / 本 / 年 …): much taller than wide.</summary>
    private static bool Vertical(GridCell cell) => cell.Box is { } box && 1.5 * (box.Right - box.Left) < box.Top - box.Bottom;

    /// <summary>
    /// An item's label (numbered) running to the right edge of the widest label of its column: its line is full, so
    /// the label wraps on, and an unnumbered line under it in a numbered list is its rest.
    /// </summary>
    private static bool WrapsFull(GridCell label, Grid grid)
    {
        if (!LabelNormalizer.StartsNumbered(label.Text) || label.Box is not { } box) return false;
        var wrapsAt = grid.Rows.SelectMany(r => r).Where(c => c.Col == label.Col && c.Box is not null && c.Text.Length > 0 && !CellValueParser.IsValueOrPlaceholder(c.Text))
            .Max(c => c.Box!.Value.Right);
        // within a character: the label's mean character width
        return box.Right >= wrapsAt - (box.Right - box.Left) / label.Text.Length;
    }

    /// <summary>Every piece stands in a column of exactly the width of the cell above it: the same ruled cell, cut by the page break.</summary>
    private static bool InSameColumns(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> above) =>
        row.Where(c => c.Text.Length > 0).All(piece => piece.Box is { } box && above.Any(a => a.Text.Length > 0 && a.Box is { } over
            && Math.Abs(over.Left - box.Left) <= 2 && Math.Abs(over.Right - box.Right) <= 2));

    /// <summary>The piece is the rest of the figure above: more digits, maybe with the figure's unit (3 | 9件), or the unit alone.</summary>
    private static bool FigureGoesOn(GridCell above, GridCell piece) =>
        CellValueParser.Parse(above.Text + piece.Text) is { Status: CellStatus.Value } joined
        && (piece.Text.All(c => char.IsDigit(c) || c is ',' or '，' or '.' or '．') || (joined.Unit is not null && CellValueParser.Parse(above.Text).Unit is null));

    private static List<GridCell> Extend(IReadOnlyList<GridCell> row, IEnumerable<IReadOnlyList<GridCell>> continuation)
    {
        // A label cell repeated below itself (its row span) is one piece of text: its locator says so.
        var pieces = continuation.SelectMany(r => r).Where(c => c.Text.Length > 0).DistinctBy(c => c.Locator).ToList();
        return row.Select(cell => pieces.Where(p => Overlap(cell, p) && p.Box!.Value.CenterX >= cell.Box!.Value.Left && p.Box.Value.CenterX <= cell.Box.Value.Right)
            .Aggregate(cell, (joined, piece) => joined with { Text = joined.Text + piece.Text, Doubtful = joined.Doubtful || piece.Doubtful })).ToList();
    }

    private static bool Overlap(GridCell a, GridCell b) => a.Box is { } boxA && b.Box is { } boxB && boxA.OverlapsHorizontally(boxB);
}
