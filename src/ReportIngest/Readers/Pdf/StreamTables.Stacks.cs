namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Figures wrapped a digit or two a line in narrow columns: the lines of figures beside one item, and those beside none
/// that go on them, joined into that item's figures.
/// </summary>
internal static partial class StreamTables
{
    /// <summary>
    /// Lines of figures beside one item label and no other are that item's figures, wrapped a digit or two a line where
    /// the columns are narrow (1 / 7 / 2 / 7 is 1727): one row, each column's parts read top to bottom when each stands
    /// right under the one before; a column whose parts do not is doubtful. A line of figures beside no label whose
    /// every figure goes on such a column, right over its first part or under its last, is more of the same figures
    /// (２ / ２ over ３ beside 一、本年新收… over ３件: 2233, taller than its label). A table without labels joins its
    /// lines of figures by their distance alone (<see cref="UnlabelledRows"/>).
    /// </summary>
    private static List<FigureRow> JoinStacked(List<FigureRow> figureRows, List<Unit> units, bool headed, CellAlignment alignment)
    {
        var joined = figureRows.ToList();
        var groups = figureRows.Select(r => (Row: r, Items: ItemsBeside(r, units).ToList())).Where(r => r.Items.Count == 1)
            .GroupBy(r => r.Items[0], r => r.Row).Select(g => (Item: g.Key, Lines: g.OrderByDescending(r => r.Middle).ToList())).ToList();
        // figures over every label of a table without a header may be the rest of figures the page break cut, figures
        // under every label the first digits of a row whose label is on the next page
        bool AtPageEdge(FigureRow row) => (!headed && units.All(u => u.Top <= row.Top)) || units.All(u => u.Bottom >= row.Bottom);
        var headRest = AttachStackEnds(groups, [.. figureRows.Where(r => !ItemsBeside(r, units).Any())], AtPageEdge, Widest(figureRows), alignment);
        var stacks = units.Count > 0 ? groups.Select(g => g.Lines).Append(headRest) : UnlabelledRows(figureRows);
        foreach (var lines in stacks.Where(g => g.Count > 1))
        {
            var cells = new Piece?[lines[0].Cells.Length];
            var doubtful = lines.SelectMany(l => l.DoubtfulColumns).ToHashSet();
            for (var c = 0; c < cells.Length; c++)
            {
                var parts = lines.Select(l => l.Cells[c]).OfType<Piece>().ToList();
                if (parts.Count == 0) continue;
                var stacked = parts.Zip(parts.Skip(1)).All(p => Stacked(p.First, p.Second));
                var text = string.Concat(parts.Select(p => p.Text));
                cells[c] = parts.Count == 1 ? parts[0] : new Piece([.. parts.SelectMany(p => p.Glyphs)]) { Override = text };
                if (parts.Count > 1 && !(stacked && IsWholeFigure(text))) doubtful.Add(c);
            }
            var present = cells.OfType<Piece>().ToList();
            // a row's middle is where its label stands level with it: the figures' middle, or their first line's where cells are set at their top
            var middle = alignment == CellAlignment.Top ? lines.Max(l => l.Middle) : lines.Average(l => l.Middle);
            var row = new FigureRow(middle, present.Min(p => p.Bottom), present.Max(p => p.Top), cells);
            row.DoubtfulColumns.UnionWith(doubtful);
            joined.RemoveAll(lines.Contains);
            joined.Add(row);
        }
        return joined;
    }

    /// <summary>
    /// In a table without labels (section 四 printed as one row under its header) the lines of figures, each closer
    /// than a line to the next, are one row's: figures stacked over two lines (１０ / ３件) and figures of one line
    /// centred between them (７件).
    /// </summary>
    private static IEnumerable<List<FigureRow>> UnlabelledRows(List<FigureRow> figureRows)
    {
        var line = FigureLineHeight(figureRows) ?? 0;
        var row = new List<FigureRow>();
        foreach (var figures in figureRows.OrderByDescending(r => r.Middle))
        {
            if (row.Count > 0 && row[^1].Middle - figures.Middle >= 0.75 * line)
            {
                yield return row;
                row = [];
            }
            row.Add(figures);
        }
        if (row.Count > 0) yield return row;
    }

    /// <summary>
    /// The heights of the lines of figures a label line may stand level with: not a lone figure filling a narrow column
    /// of a table of several right over or under another figure of that column (a part of a figure stacked a digit a
    /// line: the label lines beside 1 / 0 / … / 0 are one group label, 三、本 / 年度办 / 理结果, not three rows). In a table
    /// of one column every row prints a lone figure (行政处罚 | 5064 right over 行政强制 | 37). Where the cells are set at
    /// their top, no line whose every figure goes on a figure filling its column right above it, in a line printing more
    /// figures than it, either (rows printed without space print as many): a row's figures start level with its label,
    /// so that line is the rest of the row's above (１ / ０ in two columns beside
    /// 1.属于国家秘密, its group label （三）不 over 予公开 one label, not a row 予公开 | 0 0).
    /// </summary>
    private static IEnumerable<double> RowLevels(List<FigureRow> figureRows, CellAlignment alignment)
    {
        var widest = Widest(figureRows);
        foreach (var row in figureRows)
        {
            var filled = Enumerable.Range(0, row.Cells.Length).Where(c => row.Cells[c] is not null).ToList();
            var stackPart = filled is [var c] && row.Cells.Length > 1 && row.Cells[c] is { } piece
                && figureRows.Any(other => other != row && other.Cells[c] is { } touching
                                           && ((Stacked(piece, touching) && Fills(piece, widest[c])) || (Stacked(touching, piece) && Fills(touching, widest[c]))));
            var restOfRowAbove = alignment == CellAlignment.Top && filled.Count > 0 && figureRows.Any(above => above != row
                && above.Cells.Count(p => p is not null) > filled.Count
                && filled.All(c => above.Cells[c] is { } upper && Stacked(upper, row.Cells[c]!) && Fills(upper, widest[c])));
            if (!stackPart && !restOfRowAbove) yield return row.Middle;
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
    /// The lines then left over the first item's figures at the head of a page are the rest of a row the break cut,
    /// stacked a digit a line too, where they make one row (２ at the foot of one page, ６ / ２ / ８ at the head of the
    /// next, then １ / ０ / ２ beside 二、上年结转…: 2628; <see cref="AlignedRow"/>).
    /// </summary>
    /// <returns>The lines of the cut row's rest, to be joined as one row; empty if none.</returns>
    /// <remarks>
    /// Where the cells are set at their top (<paramref name="alignment"/>), a figure's lines start level with its label's
    /// first line: a line goes on the figures above it only, which leaves none that could go on two items' figures.
    /// </remarks>
    private static List<FigureRow> AttachStackEnds(List<(Unit Item, List<FigureRow> Lines)> groups, List<FigureRow> loose, Func<FigureRow, bool> atPageEdge,
        double[] widest, CellAlignment alignment)
    {
        var topAligned = alignment == CellAlignment.Top;
        bool Stacks(Piece upper, Piece lower, int column) => Stacked(upper, lower) && Fills(upper, widest[column]);
        bool GoesOn(FigureRow line, (Unit Item, List<FigureRow> Lines) group) => Enumerable.Range(0, line.Cells.Length).All(c =>
        {
            if (line.Cells[c] is not { } piece) return true;
            var parts = group.Lines.Select(r => r.Cells[c]).OfType<Piece>().ToList();
            if (parts.Count == 0 || !((!topAligned && Stacks(piece, parts.MaxBy(p => p.Top)!, c)) || Stacks(parts.MinBy(p => p.Top)!, piece, c))) return false;
            if (!atPageEdge(line)) return true;
            if (topAligned) return Math.Abs(parts.Max(p => p.Middle) - group.Item.Pieces[0].Middle) <= 0.5 * piece.Size;
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
        if (!topAligned) CentreBetweenItems(groups, loose, GoesOn);
        if (groups.Count == 0) return [];
        var top = groups.Max(g => g.Lines.Max(l => l.Top));
        var head = loose.Where(l => l.Bottom > top && atPageEdge(l)).ToList();
        return AlignedRow(head, widest, alignment) ? head : [];
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

    /// <summary>
    /// Lines of figures that are one row's, its cells' text set in it as the producer sets it (a cut row's rest at a
    /// page's head): in each column the parts stand each right under the one before, every part but the last filling the
    /// column as a wrapped line does, and each column's figure is centred on the lines' middle, or starts on their first
    /// line where cells are set at their top, within a fifth of a figure's height (a line's shift is half a line or more).
    /// </summary>
    private static bool AlignedRow(List<FigureRow> lines, double[] widest, CellAlignment alignment)
    {
        if (lines.Count < 2) return false;
        var middle = (lines.Max(r => r.Top) + lines.Min(r => r.Bottom)) / 2;
        var firstLine = lines.Max(r => r.Middle);
        return Enumerable.Range(0, lines[0].Cells.Length).All(c =>
        {
            var parts = lines.OrderByDescending(l => l.Middle).Select(l => l.Cells[c]).OfType<Piece>().ToList();
            var placed = alignment == CellAlignment.Top ? parts.Count > 0 && Math.Abs(parts[0].Middle - firstLine) <= 0.2 * parts[0].Size
                : parts.Count > 0 && Math.Abs((parts[0].Top + parts[^1].Bottom) / 2 - middle) <= 0.2 * parts[0].Size;
            return parts.Count == 0 || (parts.Zip(parts.Skip(1)).All(p => Stacked(p.First, p.Second) && Fills(p.First, widest[c])) && placed);
        });
    }

    /// <summary>Per value column, the width of the widest figure printed on one line in it: what the column fits.</summary>
    private static double[] Widest(List<FigureRow> figureRows) =>
        Enumerable.Range(0, figureRows.Count == 0 ? 0 : figureRows[0].Cells.Length)
            .Select(c => figureRows.Select(r => r.Cells[c]).OfType<Piece>().Select(DigitWidth).DefaultIfEmpty(0).Max()).ToArray();
}
