using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>Rows of a table without rulings: each line of figures with the label units beside it; stacked and
/// complementary figure lines joined.</summary>
internal static partial class StreamTables
{
    /// <summary>One row of the grid: its labels (groups left to right, then the item) and its figures (none: a row
    /// printed blank).</summary>
    private sealed record Row(double Middle, List<Unit> Labels, FigureRow? Figures);

    /// <summary>
    /// The rows, top to bottom: each row of figures with the label units beside it (the rightmost its item, a unit
    /// being one row's item only); each unit beside no figures and with nothing to its right, a row printed blank.
    /// </summary>
    /// <param name="figureRows">The lines of figures.</param>
    /// <param name="units">The label units.</param>
    /// <param name="pitch">The labels' line pitch.</param>
    /// <param name="headed">Whether the table has header lines: where it has none, lines of figures over every label
    /// may be stacked onto the rest of figures a page break cut (<see cref="JoinStacked"/>).</param>
    /// <param name="alignment">Where the cells' text stands in its row: how a figure wrapped over lines stands beside
    /// its label.</param>
    private static IEnumerable<Row> Rows(
        List<FigureRow> figureRows,
        List<Unit> units,
        double pitch,
        bool headed,
        CellAlignment alignment
    )
    {
        figureRows = JoinComplementary(JoinStacked(figureRows, units, headed, alignment), units, pitch);
        // Rows of figures still closer than a line apart are figures wrapped in ways this reading cannot untangle:
        // unreadable. A line, not the labels' pitch: where no label wraps, that is a row's height (rows made taller by
        // 总计 stacked a digit a line leave a row of one line 1.5 lines from the next, no closer than lines are).
        var ordered = figureRows.OrderByDescending(r => r.Middle).ToList();
        var line = Math.Min(pitch, FigureLineHeight(figureRows) ?? pitch);
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i - 1].Middle - ordered[i].Middle < 0.75 * line)
            {
                ordered[i - 1].DoubtAll();
                ordered[i].DoubtAll();
            }
        var itemOf = new Dictionary<FigureRow, Unit>();
        var taken = new HashSet<Unit>();
        // Nearest first: a unit goes to the row of figures closest to its middle among those it stands beside.
        var pairs =
            from row in figureRows
            from unit in ItemsBeside(row, units)
            orderby Math.Abs(unit.Middle - row.Middle)
            select (row, unit);
        foreach (var (row, unit) in pairs)
            if (!itemOf.ContainsKey(row) && taken.Add(unit))
                itemOf[row] = unit;
        // Figures without a label above every label of the table: at a page's head (or under the header the page
        // repeats) the rest of figures cut by the break (16 at the foot of one page, 00 at the head of the next). Not
        // doubted here: joined to the cut row, or doubted where they are not (PageContinuation).
        if (ordered.Count > 0 && !itemOf.ContainsKey(ordered[0]) && units.All(u => u.Top <= ordered[0].Top))
            ordered[0].PageHeadRest = true;
        // A line of figures without a label right under or over a figure of a line that fills its column: figures
        // stacked over lines in narrow columns whose label stands beside another line, or rows whose labels are lost.
        // Which figure is whose cannot be told: the unlabelled line is doubtful, and the other line's touching columns.
        var widest = Widest(figureRows);
        for (var i = 0; i < figureRows.Count; i++)
        for (var j = i + 1; j < figureRows.Count; j++)
        {
            var (a, b) = (figureRows[i], figureRows[j]);
            var touching = TouchingColumns(a, b, widest).ToList();
            if (touching.Count == 0)
                continue;
            if (itemOf.ContainsKey(a) && itemOf.ContainsKey(b))
                continue; // two labelled rows printed without space between them
            if (a.PageHeadRest || b.PageHeadRest)
                continue;
            foreach (var (row, other) in new[] { (a, b), (b, a) })
                if (!itemOf.ContainsKey(row))
                    row.DoubtAll();
                else
                    row.DoubtfulColumns.UnionWith(touching);
        }
        // A line of figures without a label within a row's height of a labelled row: where the labelled row has no
        // figure in a column the other fills, that figure may be its own (stacked over lines, centred between its
        // label's lines), so the cell is not known to be blank.
        foreach (var loose in figureRows.Where(r => !itemOf.ContainsKey(r) && !r.PageHeadRest))
        foreach (var labelled in itemOf.Keys.Where(r => Math.Abs(r.Middle - loose.Middle) <= 1.25 * pitch))
            labelled.DoubtfulColumns.UnionWith(
                Enumerable
                    .Range(0, loose.Cells.Length)
                    .Where(c => loose.Cells[c] is not null && labelled.Cells[c] is null)
            );
        // A line of figures without a label right under figures of a labelled row that do not fill their columns: a
        // figure wrapped by what followed it (7 over 2¹, a note's mark that did not fit beside 72), or a row whose
        // label is lost.
        foreach (var loose in figureRows.Where(r => !itemOf.ContainsKey(r) && !r.PageHeadRest))
        foreach (var labelled in itemOf.Keys)
        {
            var under = Enumerable
                .Range(0, loose.Cells.Length)
                .Where(c =>
                    (labelled.Cells[c], loose.Cells[c]) is ({ } upper, { } lower)
                    && upper.Middle > lower.Middle
                    && Stacked(upper, lower)
                )
                .ToList();
            if (under.Count == 0)
                continue;
            loose.DoubtAll();
            labelled.DoubtfulColumns.UnionWith(under);
        }
        // A labelled row printing figures in only some columns, each right on top of a figure of the row below whose
        // label has no item number: the first digits of one item's figures beside its label's first line (3.补正后申请内容仍 |
        // １ over 不明确 | １１ ４ … is 111), or two rows printed without space, the first blank but for those. Which it is
        // cannot be told.
        var downwards = figureRows.Where(itemOf.ContainsKey).OrderByDescending(r => r.Middle).ToList();
        foreach (var (upper, lower) in downwards.Zip(downwards.Skip(1)))
        {
            if (LabelNormalizer.StartsNumbered(itemOf[lower].Text))
                continue;
            var columns = Enumerable.Range(0, upper.Cells.Length).Where(c => upper.Cells[c] is not null).ToList();
            if (columns.Count == 0 || columns.Count >= lower.Cells.Count(c => c is not null))
                continue;
            if (
                columns.All(c =>
                    lower.Cells[c] is { } below
                    && upper.Cells[c] is { } above
                    && IsDigits(above)
                    && EndsFigure(below)
                    && above.Bottom - below.Top <= 0.6 * above.Size
                    && above.Left <= below.Right
                    && below.Left <= above.Right
                )
            )
            {
                upper.DoubtAll();
                lower.DoubtfulColumns.UnionWith(columns);
            }
        }

        var rows = new List<Row>();
        foreach (var row in figureRows)
        {
            var item = itemOf.GetValueOrDefault(row);
            var groups = units
                .Where(u =>
                    u != item && !taken.Contains(u) && u.Left < (item?.Left ?? double.MaxValue) && Spans(u, row)
                )
                .OrderBy(u => u.Left)
                .ToList();
            rows.Add(new Row(row.Middle, [.. groups, .. item is null ? [] : new[] { item }], row));
        }
        foreach (var unit in units.Where(u => !taken.Contains(u) && !u.IsVertical))
        {
            // a label with nothing right of it and no figures beside it: a row printed blank
            if (
                figureRows.Any(r => Spans(unit, r))
                && units.Any(o => o != unit && o.Left > unit.Left + 1 && Overlaps(o, unit))
            )
                continue;
            if (figureRows.Any(r => Beside(unit, r)))
                continue;
            rows.Add(new Row(unit.Middle, [unit], null));
        }
        return rows.OrderByDescending(r => r.Middle);
    }

    /// <summary>
    /// The item labels a line of figures may belong to: units beside it with no other unit beside it further right, and
    /// none further right at their height (a group label, 三、本年度办理结果 beside its items, beside a figure's first digits
    /// stacked above its item's line).
    /// </summary>
    private static IEnumerable<Unit> ItemsBeside(FigureRow row, List<Unit> units) =>
        units.Where(unit =>
            !unit.IsVertical
            && Beside(unit, row)
            && !units.Any(other =>
                other.Left > unit.Left + 1 && !other.IsVertical && (Beside(other, row) || Overlaps(other, unit))
            )
        );

    /// <summary>
    /// Two lines of figures closer than a line apart that fill different columns, not both beside an item label of
    /// their own, are one row whose cells stand at two heights: cells wrapped over two lines (0 / 件) and cells of one
    /// line (—) centred in the same row.
    /// </summary>
    private static List<FigureRow> JoinComplementary(List<FigureRow> figureRows, List<Unit> units, double pitch)
    {
        var rows = figureRows.OrderByDescending(r => r.Middle).ToList();
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            if (
                a.Middle - b.Middle >= 0.75 * pitch
                || Enumerable.Range(0, a.Cells.Length).Any(c => a.Cells[c] is not null && b.Cells[c] is not null)
            )
                continue;
            var (itemsA, itemsB) = (ItemsBeside(a, units).ToList(), ItemsBeside(b, units).ToList());
            if (itemsA.Count > 0 && itemsB.Count > 0 && !itemsA.Intersect(itemsB).Any())
                continue;
            var cells = a.Cells.Zip(b.Cells, (x, y) => x ?? y).ToArray();
            var present = cells.OfType<Piece>().ToList();
            var joined = new FigureRow(
                (a.Middle + b.Middle) / 2,
                present.Min(p => p.Bottom),
                present.Max(p => p.Top),
                cells
            );
            joined.DoubtfulColumns.UnionWith(a.DoubtfulColumns.Concat(b.DoubtfulColumns));
            rows[i - 1] = joined;
            rows.RemoveAt(i--);
        }
        return rows;
    }

    /// <summary>
    /// The columns where a figure of one line stands right under a figure of the other that fills its column (as wide
    /// as the column's widest figure), as the lines of a figure wrapped in its cell stand.
    /// </summary>
    private static IEnumerable<int> TouchingColumns(FigureRow a, FigureRow b, double[] widest) =>
        Enumerable
            .Range(0, a.Cells.Length)
            .Where(c =>
            {
                if ((a.Cells[c], b.Cells[c]) is not ({ } x, { } y))
                    return false;
                var (upper, lower) = x.Middle > y.Middle ? (x, y) : (y, x);
                return Stacked(upper, lower) && Fills(upper, widest[c]);
            });

    /// <summary>A line's height in the figures' largest type (null: no figures), the spacing of a figure's wrapped
    /// lines.</summary>
    private static double? FigureLineHeight(List<FigureRow> figureRows) =>
        figureRows.SelectMany(r => r.Cells).OfType<Piece>().Select(p => 1.5 * p.Size).DefaultIfEmpty().Max()
            is var height
                and > 0
            ? height
            : null;

    /// <summary>The unit stands beside the row of figures: the row's middle falls within the unit, give or take half a
    /// line.</summary>
    private static bool Beside(Unit unit, FigureRow row)
    {
        var slack = unit.Pieces[0].Size * 0.6;
        return row.Middle <= unit.Top + slack && row.Middle >= unit.Bottom - slack;
    }

    /// <summary>A group label spans the row: the row lies within the label's height (a merged cell's text is centred in
    /// it).</summary>
    private static bool Spans(Unit unit, FigureRow row) =>
        row.Middle <= unit.Top + unit.Pieces[0].Size * 0.6 && row.Middle >= unit.Bottom - unit.Pieces[0].Size * 0.6;

    private static bool Overlaps(Unit a, Unit b) => a.Bottom < b.Top && b.Bottom < a.Top;
}
