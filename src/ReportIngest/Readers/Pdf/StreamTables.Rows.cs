using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>Rows of a table without rulings: each line of figures with the label units beside it; stacked and complementary figure lines joined.</summary>
internal static partial class StreamTables
{
    /// <summary>One row of the grid: its labels (groups left to right, then the item) and its figures (none: a row printed blank).</summary>
    private sealed record Row(double Middle, List<Unit> Labels, FigureRow? Figures);

    /// <summary>
    /// The rows, top to bottom: each row of figures with the label units beside it (the rightmost its item, a unit
    /// being one row's item only); each unit beside no figures and with nothing to its right, a row printed blank.
    /// </summary>
    /// <param name="figureRows">The lines of figures.</param>
    /// <param name="units">The label units.</param>
    /// <param name="pitch">The labels' line pitch.</param>
    /// <param name="headed">Whether the table has header lines; the first line of figures of a table without them may be the rest of figures cut by a page break.</param>
    private static IEnumerable<Row> Rows(List<FigureRow> figureRows, List<Unit> units, double pitch, bool headed)
    {
        figureRows = JoinComplementary(JoinStacked(figureRows, units, headed), units, pitch);
        // Rows of figures still closer than a line apart are figures wrapped in ways this reading cannot untangle: unreadable.
        var ordered = figureRows.OrderByDescending(r => r.Middle).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i - 1].Middle - ordered[i].Middle < 0.75 * pitch)
            {
                ordered[i - 1].DoubtAll();
                ordered[i].DoubtAll();
            }
        var itemOf = new Dictionary<FigureRow, Unit>();
        var taken = new HashSet<Unit>();
        // Nearest first: a unit goes to the row of figures closest to its middle among those it stands beside.
        var pairs = from row in figureRows
                    from unit in ItemsBeside(row, units)
                    orderby Math.Abs(unit.Middle - row.Middle)
                    select (row, unit);
        foreach (var (row, unit) in pairs)
            if (!itemOf.ContainsKey(row) && taken.Add(unit)) itemOf[row] = unit;
        // Figures without a label above everything else of a table that has no header: the page's head, where the rest of
        // figures cut by the break stands (16 at the foot of one page, 00 at the head of the next). Not doubted here.
        if (!headed && ordered.Count > 0 && !itemOf.ContainsKey(ordered[0]) && units.All(u => u.Top <= ordered[0].Top))
            ordered[0].PageHeadRest = true;
        // A line of figures without a label right under or over a figure of a line that fills its column: figures stacked
        // over lines in narrow columns whose label stands beside another line, or rows whose labels are lost. Which figure
        // is whose cannot be told: the unlabelled line is doubtful, and the other line's touching columns.
        var widest = Widest(figureRows);
        for (var i = 0; i < figureRows.Count; i++)
            for (var j = i + 1; j < figureRows.Count; j++)
            {
                var (a, b) = (figureRows[i], figureRows[j]);
                var touching = TouchingColumns(a, b, widest).ToList();
                if (touching.Count == 0) continue;
                if (itemOf.ContainsKey(a) && itemOf.ContainsKey(b)) continue; // two labelled rows printed without space between them
                if (a.PageHeadRest || b.PageHeadRest) continue;
                foreach (var (row, other) in new[] { (a, b), (b, a) })
                    if (!itemOf.ContainsKey(row)) row.DoubtAll();
                    else row.DoubtfulColumns.UnionWith(touching);
            }
        // A line of figures without a label within a row's height of a labelled row: where the labelled row has no figure in
        // a column the other fills, that figure may be its own (stacked over lines, centred between its label's lines), so
        // the cell is not known to be blank.
        foreach (var loose in figureRows.Where(r => !itemOf.ContainsKey(r) && !r.PageHeadRest))
            foreach (var labelled in itemOf.Keys.Where(r => Math.Abs(r.Middle - loose.Middle) <= 1.25 * pitch))
                labelled.DoubtfulColumns.UnionWith(Enumerable.Range(0, loose.Cells.Length).Where(c => loose.Cells[c] is not null && labelled.Cells[c] is null));
        // A labelled row printing figures in only some columns, each right on top of a figure of the row below whose label
        // has no item number: the first digits of one item's figures beside its label's first line (3.补正后申请内容仍 | １
        // over 不明确 | １１ ４ … is 111), or two rows printed without space, the first blank but for those. Which it is
        // cannot be told.
        var downwards = figureRows.Where(itemOf.ContainsKey).OrderByDescending(r => r.Middle).ToList();
        foreach (var (upper, lower) in downwards.Zip(downwards.Skip(1)))
        {
            if (LabelNormalizer.StartsNumbered(itemOf[lower].Text)) continue;
            var columns = Enumerable.Range(0, upper.Cells.Length).Where(c => upper.Cells[c] is not null).ToList();
            if (columns.Count == 0 || columns.Count >= lower.Cells.Count(c => c is not null)) continue;
            if (columns.All(c => lower.Cells[c] is { } below && upper.Cells[c] is { } above && IsDigits(above) && EndsFigure(below)
                                 && above.Bottom - below.Top <= 0.6 * above.Size && above.Left <= below.Right && below.Left <= above.Right))
            {
                upper.DoubtAll();
                lower.DoubtfulColumns.UnionWith(columns);
            }
        }

        var rows = new List<Row>();
        foreach (var row in figureRows)
        {
            var item = itemOf.GetValueOrDefault(row);
            var groups = units.Where(u => u != item && !taken.Contains(u) && u.Left < (item?.Left ?? double.MaxValue) && Spans(u, row))
                .OrderBy(u => u.Left).ToList();
            rows.Add(new Row(row.Middle, [.. groups, .. item is null ? [] : new[] { item }], row));
        }
        foreach (var unit in units.Where(u => !taken.Contains(u) && !u.IsVertical))
        {
            // a label with nothing right of it and no figures beside it: a row printed blank
            if (figureRows.Any(r => Spans(unit, r)) && units.Any(o => o != unit && o.Left > unit.Left + 1 && Overlaps(o, unit))) continue;
            if (figureRows.Any(r => Beside(unit, r))) continue;
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
        units.Where(unit => !unit.IsVertical && Beside(unit, row)
                            && !units.Any(other => other.Left > unit.Left + 1 && !other.IsVertical && (Beside(other, row) || Overlaps(other, unit))));

    /// <summary>
    /// Lines of figures beside one item label and no other are that item's figures, wrapped a digit or two a line where
    /// the columns are narrow (1 / 7 / 2 / 7 is 1727): one row, each column's parts read top to bottom when each stands
    /// right under the one before; a column whose parts do not is doubtful. A line of figures beside no label whose
    /// every figure goes on such a column, right over its first part or under its last, is more of the same figures
    /// (２ / ２ over ３ beside 一、本年新收… over ３件: 2233, taller than its label).
    /// </summary>
    private static List<FigureRow> JoinStacked(List<FigureRow> figureRows, List<Unit> units, bool headed)
    {
        var joined = figureRows.ToList();
        var groups = figureRows.Select(r => (Row: r, Items: ItemsBeside(r, units).ToList())).Where(r => r.Items.Count == 1)
            .GroupBy(r => r.Items[0], r => r.Row).Select(g => (Item: g.Key, Lines: g.OrderByDescending(r => r.Middle).ToList())).ToList();
        // figures over every label of a table without a header may be the rest of figures the page break cut, figures
        // under every label the first digits of a row whose label is on the next page
        bool AtPageEdge(FigureRow row) => (!headed && units.All(u => u.Top <= row.Top)) || units.All(u => u.Bottom >= row.Bottom);
        AttachStackEnds(groups, [.. figureRows.Where(r => !ItemsBeside(r, units).Any())], AtPageEdge, Widest(figureRows));
        foreach (var lines in groups.Select(g => g.Lines).Where(g => g.Count > 1))
        {
            var cells = new Piece?[lines[0].Cells.Length];
            var doubtful = lines.SelectMany(l => l.DoubtfulColumns).ToHashSet();
            for (var c = 0; c < cells.Length; c++)
            {
                var parts = lines.Select(l => l.Cells[c]).OfType<Piece>().ToList();
                if (parts.Count == 0) continue;
                var stacked = parts.Zip(parts.Skip(1)).All(p => IsDigits(p.First) && EndsFigure(p.Second) && p.First.Left <= p.Second.Right
                    && p.Second.Left <= p.First.Right && p.First.Bottom - p.Second.Top <= 0.6 * p.First.Size);
                var text = string.Concat(parts.Select(p => p.Text));
                cells[c] = parts.Count == 1 ? parts[0] : new Piece([.. parts.SelectMany(p => p.Glyphs)]) { Override = text };
                if (parts.Count > 1 && !(stacked && IsWholeFigure(text))) doubtful.Add(c);
            }
            var present = cells.OfType<Piece>().ToList();
            var row = new FigureRow(lines.Average(l => l.Middle), present.Min(p => p.Bottom), present.Max(p => p.Top), cells);
            row.DoubtfulColumns.UnionWith(doubtful);
            joined.RemoveAll(lines.Contains);
            joined.Add(row);
        }
        return joined;
    }

    /// <summary>
    /// The heights of the lines of figures a label line may stand level with: not a lone figure filling a narrow column
    /// of a table of several right over or under another figure of that column (a part of a figure stacked a digit a
    /// line: the label lines beside 1 / 0 / … / 0 are one group label, 三、本 / 年度办 / 理结果, not three rows). In a table
    /// of one column every row prints a lone figure (行政处罚 | 5064 right over 行政强制 | 37).
    /// </summary>
    private static IEnumerable<double> RowLevels(List<FigureRow> figureRows)
    {
        var widest = Widest(figureRows);
        foreach (var row in figureRows)
        {
            var filled = Enumerable.Range(0, row.Cells.Length).Where(c => row.Cells[c] is not null).ToList();
            var stackPart = filled is [var c] && row.Cells.Length > 1 && row.Cells[c] is { } piece
                && figureRows.Any(other => other != row && other.Cells[c] is { } touching
                                           && ((Stacked(piece, touching) && Fills(piece, widest[c])) || (Stacked(touching, piece) && Fills(touching, widest[c]))));
            if (!stackPart) yield return row.Middle;
        }
    }

    /// <summary>The lower piece goes on the upper as the next line of one figure wrapped in its cell: right under it, overlapping it.</summary>
    private static bool Stacked(Piece upper, Piece lower) => IsDigits(upper) && EndsFigure(lower) && upper.Left <= lower.Right && lower.Left <= upper.Right
        && upper.Bottom - lower.Top <= 0.6 * upper.Size && upper.Bottom > lower.Top - 0.5 * upper.Size;

    /// <summary>
    /// Gives each line of figures beside no label to the one item's lines whose stacked figures it goes on: every figure
    /// of it right over the topmost figure of its column there or right under the lowest, an upper part filling its
    /// column as a wrapped line does. A line that could go on two items' figures is left alone. A line at a page's edge
    /// (<paramref name="atPageEdge"/>) may be a figure the break cut: it goes on a figure only where the figure it makes
    /// stands centred on its item's label, as a cell's text does (3 / 7 over 5 / 6 beside （七）总计 at a page's head
    /// is 3756, ９ over ９件 beside 2.重复申请 is 99; 78 over 32 is not 7832, nor 507 and a 3 under it 5073).
    /// </summary>
    private static void AttachStackEnds(List<(Unit Item, List<FigureRow> Lines)> groups, List<FigureRow> loose, Func<FigureRow, bool> atPageEdge, double[] widest)
    {
        bool Stacks(Piece upper, Piece lower, int column) => Stacked(upper, lower) && Fills(upper, widest[column]);
        bool GoesOn(FigureRow line, (Unit Item, List<FigureRow> Lines) group) => Enumerable.Range(0, line.Cells.Length).All(c =>
        {
            if (line.Cells[c] is not { } piece) return true;
            var parts = group.Lines.Select(r => r.Cells[c]).OfType<Piece>().ToList();
            if (parts.Count == 0 || !(Stacks(piece, parts.MaxBy(p => p.Top)!, c) || Stacks(parts.MinBy(p => p.Top)!, piece, c))) return false;
            if (!atPageEdge(line)) return true;
            var (top, bottom) = (Math.Max(piece.Top, parts.Max(p => p.Top)), Math.Min(piece.Bottom, parts.Min(p => p.Bottom)));
            return Math.Abs((top + bottom) / 2 - group.Item.Middle) <= 0.5 * piece.Size;
        });
        for (var attached = true; attached;)
        {
            attached = false;
            foreach (var line in loose.ToList())
                if (groups.Where(g => GoesOn(line, g)).Take(2).ToList() is [var group])
                {
                    group.Lines.Add(line);
                    group.Lines.Sort((a, b) => b.Middle.CompareTo(a.Middle));
                    loose.Remove(line);
                    attached = true;
                }
        }
        CentreBetweenItems(groups, loose, GoesOn);
    }

    /// <summary>
    /// Lines left that go on the figures of two items, one right above the other (rows printed without space, a digit a
    /// line): from the top, each item's figures take the lines left above them, then those below while they centre
    /// them better on the item's label, as a cell's text is centred (1 / 7 / 2 / 7 beside 一、本年新收…, 4 / 8 beside 二、上年结转…, 7 / 0 / 3
    /// beside （一）予以公开). An item whose figures cannot be centred so takes none: those lines stay without a label.
    /// </summary>
    private static void CentreBetweenItems(List<(Unit Item, List<FigureRow> Lines)> groups, List<FigureRow> loose,
        Func<FigureRow, (Unit Item, List<FigureRow> Lines), bool> goesOn)
    {
        foreach (var group in groups.OrderByDescending(g => g.Item.Middle))
        {
            var lines = group.Lines.ToList();
            FigureRow? Next(bool above) => loose.Where(l => !lines.Contains(l) && (above ? l.Middle > lines.Max(r => r.Middle) : l.Middle < lines.Min(r => r.Middle))
                && goesOn(l, (group.Item, lines))).OrderBy(l => Math.Abs(l.Middle - group.Item.Middle)).FirstOrDefault();
            double OffCentre() => (lines.Max(r => r.Top) + lines.Min(r => r.Bottom)) / 2 - group.Item.Middle;
            double OffCentreWith(FigureRow line) => (Math.Max(line.Top, lines.Max(r => r.Top)) + Math.Min(line.Bottom, lines.Min(r => r.Bottom))) / 2 - group.Item.Middle;
            var tolerance = 0.5 * group.Item.Pieces[0].Size;
            while (Next(above: true) is { } over) lines.Add(over);
            // on down while that centres them better
            while (Next(above: false) is { } under && OffCentreWith(under) is var off && Math.Abs(off) < Math.Abs(OffCentre())) lines.Add(under);
            if (lines.Count == group.Lines.Count || Math.Abs(OffCentre()) > tolerance) continue;
            foreach (var line in lines.Except(group.Lines)) loose.Remove(line);
            group.Lines.Clear();
            group.Lines.AddRange(lines.OrderByDescending(r => r.Middle));
        }
    }

    /// <summary>Per value column, the width of the widest figure printed on one line in it: what the column fits.</summary>
    private static double[] Widest(List<FigureRow> figureRows) =>
        Enumerable.Range(0, figureRows.Count == 0 ? 0 : figureRows[0].Cells.Length)
            .Select(c => figureRows.Select(r => r.Cells[c]).OfType<Piece>().Select(DigitWidth).DefaultIfEmpty(0).Max()).ToArray();

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
            if (a.Middle - b.Middle >= 0.75 * pitch || Enumerable.Range(0, a.Cells.Length).Any(c => a.Cells[c] is not null && b.Cells[c] is not null)) continue;
            var (itemsA, itemsB) = (ItemsBeside(a, units).ToList(), ItemsBeside(b, units).ToList());
            if (itemsA.Count > 0 && itemsB.Count > 0 && !itemsA.Intersect(itemsB).Any()) continue;
            var cells = a.Cells.Zip(b.Cells, (x, y) => x ?? y).ToArray();
            var present = cells.OfType<Piece>().ToList();
            var joined = new FigureRow((a.Middle + b.Middle) / 2, present.Min(p => p.Bottom), present.Max(p => p.Top), cells);
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
    private static IEnumerable<int> TouchingColumns(FigureRow a, FigureRow b, double[] widest) => Enumerable.Range(0, a.Cells.Length).Where(c =>
    {
        if ((a.Cells[c], b.Cells[c]) is not ({ } x, { } y) || x.Left > y.Right || y.Left > x.Right) return false;
        var (upper, lower) = x.Middle > y.Middle ? (x, y) : (y, x);
        return IsDigits(upper) && EndsFigure(lower) && upper.Bottom - lower.Top <= 0.6 * upper.Size && Fills(upper, widest[c]);
    });

    /// <summary>The unit stands beside the row of figures: the row's middle falls within the unit, give or take half a line.</summary>
    private static bool Beside(Unit unit, FigureRow row)
    {
        var slack = unit.Pieces[0].Size * 0.6;
        return row.Middle <= unit.Top + slack && row.Middle >= unit.Bottom - slack;
    }

    /// <summary>A group label spans the row: the row lies within the label's height (a merged cell's text is centred in it).</summary>
    private static bool Spans(Unit unit, FigureRow row) => row.Middle <= unit.Top + unit.Pieces[0].Size * 0.6 && row.Middle >= unit.Bottom - unit.Pieces[0].Size * 0.6;

    private static bool Overlaps(Unit a, Unit b) => a.Bottom < b.Top && b.Bottom < a.Top;
}
