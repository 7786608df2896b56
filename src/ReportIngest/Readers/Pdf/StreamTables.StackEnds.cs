namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Lines of figures beside no label given to the item whose stacked figures they go on, and the rest of a row the page
/// break cut, left at the head of a page.
/// </summary>
internal static partial class StreamTables
{
    /// <summary>
    /// Gives each line of figures beside no label to the one item's lines whose stacked figures it goes on: every
    /// figure of it right over the topmost figure of its column there or right under the lowest, an upper part filling
    /// its column as a wrapped line does. A line that could go on two items' figures is left alone. A line at a page's
    /// edge (<paramref name="atPageEdge"/>) may be a figure the break cut: it goes on a figure only where the figure it
    /// makes stands centred on its item's label, as a cell's text does (3 / 7 over 5 / 6 beside （七）总计 at a page's head
    /// is 3756, ９ over ９件 beside 2.重复申请 is 99; 78 over 32 is not 7832, nor 507 and a 3 under it 5073).
    /// The lines then left over the first item's figures at the head of a page are the rest of a row the break cut,
    /// stacked a digit a line too, where they make one row (２ at the foot of one page, ６ / ２ / ８ at the head of the
    /// next, then １ / ０ / ２ beside 二、上年结转…: 2628; <see cref="AlignedRow"/>).
    /// </summary>
    /// <returns>The lines of the cut row's rest, to be joined as one row; empty if none.</returns>
    /// <remarks>
    /// Where the cells are set at their top (<paramref name="alignment"/>), a figure's lines start level with its
    /// label's first line: a line goes on the figures above it only, which leaves none that could go on two items'
    /// figures.
    /// </remarks>
    private static List<FigureRow> AttachStackEnds(
        List<(Unit Item, List<FigureRow> Lines)> groups,
        List<FigureRow> loose,
        Func<FigureRow, bool> atPageEdge,
        double[] widest,
        CellAlignment alignment
    )
    {
        var topAligned = alignment == CellAlignment.Top;
        bool Stacks(Piece upper, Piece lower, int column) => Stacked(upper, lower) && Fills(upper, widest[column]);
        bool GoesOn(FigureRow line, (Unit Item, List<FigureRow> Lines) group) =>
            Enumerable
                .Range(0, line.Cells.Length)
                .All(c =>
                {
                    if (line.Cells[c] is not { } piece)
                        return true;
                    var parts = group.Lines.Select(r => r.Cells[c]).OfType<Piece>().ToList();
                    if (
                        parts.Count == 0
                        || !(
                            (!topAligned && Stacks(piece, parts.MaxBy(p => p.Top)!, c))
                            || Stacks(parts.MinBy(p => p.Top)!, piece, c)
                        )
                    )
                        return false;
                    if (!atPageEdge(line))
                        return true;
                    if (topAligned)
                        return Math.Abs(parts.Max(p => p.Middle) - group.Item.Pieces[0].Middle) <= 0.5 * piece.Size;
                    var (top, bottom) = (
                        Math.Max(piece.Top, parts.Max(p => p.Top)),
                        Math.Min(piece.Bottom, parts.Min(p => p.Bottom))
                    );
                    return Math.Abs((top + bottom) / 2 - group.Item.Middle) <= 0.5 * piece.Size;
                });
        for (var attached = true; attached; )
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
        if (!topAligned)
            CentreBetweenItems(groups, loose, GoesOn);
        if (groups.Count == 0)
            return [];
        var top = groups.Max(g => g.Lines.Max(l => l.Top));
        var head = loose.Where(l => l.Bottom > top && atPageEdge(l)).ToList();
        return AlignedRow(head, widest, alignment) ? head : [];
    }

    /// <summary>
    /// Lines left that go on the figures of two items, one right above the other (rows printed without space, a digit a
    /// line): from the top, each item's figures take the lines left above them, then those below while they centre
    /// them better on the item's label, as a cell's text is centred (1 / 7 / 2 / 7 beside 一、本年新收…, 4 / 8 beside
    /// 二、上年结转…, 7 / 0 / 3 beside （一）予以公开). An item whose figures cannot be centred so takes none: those lines stay
    /// without a label.
    /// </summary>
    private static void CentreBetweenItems(
        List<(Unit Item, List<FigureRow> Lines)> groups,
        List<FigureRow> loose,
        Func<FigureRow, (Unit Item, List<FigureRow> Lines), bool> goesOn
    )
    {
        foreach (var group in groups.OrderByDescending(g => g.Item.Middle))
        {
            var lines = group.Lines.ToList();
            FigureRow? Next(bool above) =>
                loose
                    .Where(l =>
                        !lines.Contains(l)
                        && (above ? l.Middle > lines.Max(r => r.Middle) : l.Middle < lines.Min(r => r.Middle))
                        && goesOn(l, (group.Item, lines))
                    )
                    .OrderBy(l => Math.Abs(l.Middle - group.Item.Middle))
                    .FirstOrDefault();
            double OffCentre() => (lines.Max(r => r.Top) + lines.Min(r => r.Bottom)) / 2 - group.Item.Middle;
            double OffCentreWith(FigureRow line) =>
                (Math.Max(line.Top, lines.Max(r => r.Top)) + Math.Min(line.Bottom, lines.Min(r => r.Bottom))) / 2
                - group.Item.Middle;
            var tolerance = 0.5 * group.Item.Pieces[0].Size;
            while (Next(above: true) is { } over)
                lines.Add(over);
            // on down while that centres them better
            while (
                Next(above: false) is { } under
                && OffCentreWith(under) is var off
                && Math.Abs(off) < Math.Abs(OffCentre())
            )
                lines.Add(under);
            if (lines.Count == group.Lines.Count || Math.Abs(OffCentre()) > tolerance)
                continue;
            foreach (var line in lines.Except(group.Lines))
                loose.Remove(line);
            group.Lines.Clear();
            group.Lines.AddRange(lines.OrderByDescending(r => r.Middle));
        }
    }

    /// <summary>
    /// Lines of figures that are one row's, its cells' text set in it as the producer sets it (a cut row's rest at a
    /// page's head): in each column the parts stand each right under the one before, every part but the last filling
    /// the column as a wrapped line does, and each column's figure is centred on the lines' middle, or starts on their
    /// first line where cells are set at their top, within a fifth of a figure's height (a line's shift is half a line
    /// or more).
    /// </summary>
    private static bool AlignedRow(List<FigureRow> lines, double[] widest, CellAlignment alignment)
    {
        if (lines.Count < 2)
            return false;
        var middle = (lines.Max(r => r.Top) + lines.Min(r => r.Bottom)) / 2;
        var firstLine = lines.Max(r => r.Middle);
        return Enumerable
            .Range(0, lines[0].Cells.Length)
            .All(c =>
            {
                var parts = lines.OrderByDescending(l => l.Middle).Select(l => l.Cells[c]).OfType<Piece>().ToList();
                var placed =
                    alignment == CellAlignment.Top
                        ? parts.Count > 0 && Math.Abs(parts[0].Middle - firstLine) <= 0.2 * parts[0].Size
                        : parts.Count > 0
                            && Math.Abs((parts[0].Top + parts[^1].Bottom) / 2 - middle) <= 0.2 * parts[0].Size;
                return parts.Count == 0
                    || (
                        parts.Zip(parts.Skip(1)).All(p => Stacked(p.First, p.Second) && Fills(p.First, widest[c]))
                        && placed
                    );
            });
    }
}
