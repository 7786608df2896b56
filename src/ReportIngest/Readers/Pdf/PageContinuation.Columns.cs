using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>The next page's grid given the previous grid's column numbering, matched by horizontal position.</summary>
internal static partial class PageContinuation
{
    /// <summary>
    /// The next page's grid numbered like the previous one, and the rows after it that are another table drawn against
    /// it (two tables with nothing between them are one lattice: section 四 right under 三); the grid as it is when
    /// not even its first rows go on the previous table.
    /// </summary>
    private static (Grid Continued, Grid? After) Continued(Grid previous, Grid next)
    {
        var columns = new PreviousColumns(TableTail(previous));
        if (Renumbered(columns, next) is { } whole)
            return (whole, null);
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
        if (columns.Count == 0)
            return null;
        int? ColumnOf(CellBox box) =>
            columns
                .Where(c => box.CenterX >= c.Value.Left - 1 && box.CenterX <= c.Value.Right + 1)
                .Select(c => (int?)c.Key)
                .FirstOrDefault();

        var figures = next
            .Rows.SelectMany(r => r)
            .Where(c => c.Box is not null && CellValueParser.IsValueOrPlaceholder(c.Text))
            .ToList();
        if (figures.Count == 0 || figures.Any(f => ColumnOf(f.Box!.Value) is null))
            return null;
        // The figures' columns, by where they stand; they must keep their order.
        var mapping = new Dictionary<int, int>();
        foreach (var figure in figures)
        {
            var target = ColumnOf(figure.Box!.Value)!.Value;
            if (mapping.TryGetValue(figure.Col, out var known) && known != target)
                return null;
            mapping[figure.Col] = target;
        }
        // a column the next page leaves blank throughout (总计 blank on this page) stands where its blank cells do
        var firstFigureColumn = mapping.Keys.Min();
        foreach (
            var blank in next
                .Rows.SelectMany(r => r)
                .Where(c => c.Col >= firstFigureColumn && c.ColSpan == 1 && c.Text.Length == 0 && c.Box is not null)
        )
            if (!mapping.ContainsKey(blank.Col) && ColumnOf(blank.Box!.Value) is { } place)
                mapping[blank.Col] = place;
        var ordered = mapping.OrderBy(m => m.Key).Select(m => m.Value).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.First >= p.Second))
            return null;
        var same = mapping.All(m => m.Key == m.Value);
        // Label columns keep their place left of the figures (their number does not matter, only that they stay left).
        var firstFigure = mapping.Keys.Min();
        var labelLimit = mapping[firstFigure] - 1;
        int Target(int col) =>
            same ? col
            : mapping.TryGetValue(col, out var t) ? t
            : col < firstFigure ? Math.Min(col, labelLimit)
            : -1;
        // nothing may stand outside the table's columns but blank cells: the empty space beside a narrower table
        if (
            next.Rows.SelectMany(r => r).Any(c => Target(c.Col) < 0 && c.Text.Length > 0)
            || next.Rows.Any(r => r.All(c => Target(c.Col) < 0))
        )
            return null;
        // A value column the next page prints nothing in (its figures blank there) is still the table's: blank cells.
        var valueColumns = previous.ValueColumns;
        return new Grid(
            next.Rows.Select(row =>
                {
                    var cells = row.Where(c => Target(c.Col) >= 0)
                        .Select(c =>
                        {
                            var first = Target(c.Col);
                            var last = mapping.TryGetValue(c.Col + c.ColSpan - 1, out var end) ? end : first;
                            // a figure under a column the page before drew merged spans it as the figures above it do:
                            // the same table, as wide
                            var span = last > first ? last - first + 1 : previous.Merged.GetValueOrDefault(first, 1);
                            return c with { Col = first, ColSpan = span };
                        })
                        .ToList();
                    if (
                        cells.Any(c => CellValueParser.IsValueOrPlaceholder(c.Text))
                        || cells.Any(c => c.Col > labelLimit)
                    )
                        foreach (
                            var col in valueColumns.Where(v => !cells.Any(c => c.Col <= v && v < c.Col + c.ColSpan))
                        )
                        {
                            var (span, level) = (columns.GetValueOrDefault(col), cells[0].Box ?? default);
                            var box = new CellBox(span.Left, level.Bottom, span.Right, level.Top);
                            cells.Add(
                                new GridCell(
                                    cells[0].Row,
                                    col,
                                    "",
                                    Locator.OnPage(cells[0].Page ?? 0, box),
                                    ColSpan: previous.Merged.GetValueOrDefault(col, 1)
                                )
                                {
                                    Basis = cells[0].Basis,
                                }
                            );
                        }
                    return (IReadOnlyList<GridCell>)cells.OrderBy(c => c.Col).ToList();
                })
                .ToList()
        );
    }

    /// <summary>
    /// The previous grid's last table: its rows from the end up to one whose cell edges are not the last row's (the
    /// table above it drawn against it in one lattice, its columns elsewhere); all its rows when it has no rulings.
    /// </summary>
    private static List<IReadOnlyList<GridCell>> TableTail(Grid grid)
    {
        // only a ruled table's cells share their edges; a table without rulings has no lattice to be drawn against
        // another
        var boxes = grid.Rows[^1].Where(c => c.Box is not null).Select(c => c.Box!.Value).OrderBy(b => b.Left).ToList();
        if (boxes.Zip(boxes.Skip(1)).Any(p => Math.Abs(p.First.Right - p.Second.Left) > 2))
            return [.. grid.Rows];
        var edges = boxes.SelectMany(b => new[] { b.Left, b.Right }).ToList();
        bool OnEdges(IReadOnlyList<GridCell> row) =>
            row.Where(c => c.Box is not null)
                .All(c =>
                    edges.Any(e => Math.Abs(e - c.Box!.Value.Left) <= 2)
                    && edges.Any(e => Math.Abs(e - c.Box!.Value.Right) <= 2)
                );
        return [.. grid.Rows.Reverse().TakeWhile(OnEdges).Reverse()];
    }
}
