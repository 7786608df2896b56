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
    private static List<FigureRow> JoinStacked(
        List<FigureRow> figureRows,
        List<Unit> units,
        bool headed,
        CellAlignment alignment
    )
    {
        var joined = figureRows.ToList();
        var groups = figureRows
            .Select(r => (Row: r, Items: ItemsBeside(r, units).ToList()))
            .Where(r => r.Items.Count == 1)
            .GroupBy(r => r.Items[0], r => r.Row)
            .Select(g => (Item: g.Key, Lines: g.OrderByDescending(r => r.Middle).ToList()))
            .ToList();
        // figures over every label of a table without a header may be the rest of figures the page break cut, figures
        // under every label the first digits of a row whose label is on the next page
        bool AtPageEdge(FigureRow row) =>
            (!headed && units.All(u => u.Top <= row.Top)) || units.All(u => u.Bottom >= row.Bottom);
        var headRest = AttachStackEnds(
            groups,
            [.. figureRows.Where(r => !ItemsBeside(r, units).Any())],
            AtPageEdge,
            Widest(figureRows),
            alignment
        );
        var stacks = units.Count > 0 ? groups.Select(g => g.Lines).Append(headRest) : UnlabelledRows(figureRows);
        foreach (var lines in stacks.Where(g => g.Count > 1))
        {
            var cells = new Piece?[lines[0].Cells.Length];
            var doubtful = lines.SelectMany(l => l.DoubtfulColumns).ToHashSet();
            for (var c = 0; c < cells.Length; c++)
            {
                var parts = lines.Select(l => l.Cells[c]).OfType<Piece>().ToList();
                if (parts.Count == 0)
                    continue;
                var stacked = parts.Zip(parts.Skip(1)).All(p => Stacked(p.First, p.Second));
                var text = string.Concat(parts.Select(p => p.Text));
                cells[c] =
                    parts.Count == 1 ? parts[0] : new Piece([.. parts.SelectMany(p => p.Glyphs)]) { Override = text };
                if (parts.Count > 1 && !(stacked && IsWholeFigure(text)))
                    doubtful.Add(c);
            }
            var present = cells.OfType<Piece>().ToList();
            // a row's middle is where its label stands level with it: the figures' middle, or their first line's where
            // cells are set at their top
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
        if (row.Count > 0)
            yield return row;
    }

    /// <summary>
    /// The heights of the lines of figures a label line may stand level with: not a lone figure filling a narrow column
    /// of a table of several right over or under another figure of that column (a part of a figure stacked a digit a
    /// line: the label lines beside 1 / 0 / … / 0 are one group label, 三、本 / 年度办 / 理结果, not three rows). In a table
    /// of one column every row prints a lone figure (行政处罚 | 5064 right over 行政强制 | 37). Where the cells are set at
    /// their top, no line whose every figure goes on a figure filling its column right above it, in a line printing
    /// more figures than it, either (rows printed without space print as many): a row's figures start level with its
    /// label, so that line is the rest of the row's above (１ / ０ in two columns beside 1.属于国家秘密, its group label （三）不
    /// over 予公开 one label, not a row 予公开 | 0 0).
    /// </summary>
    private static IEnumerable<double> RowLevels(List<FigureRow> figureRows, CellAlignment alignment)
    {
        var widest = Widest(figureRows);
        foreach (var row in figureRows)
        {
            var filled = Enumerable.Range(0, row.Cells.Length).Where(c => row.Cells[c] is not null).ToList();
            var stackPart =
                filled is [var c]
                && row.Cells.Length > 1
                && row.Cells[c] is { } piece
                && figureRows.Any(other =>
                    other != row
                    && other.Cells[c] is { } touching
                    && (
                        (Stacked(piece, touching) && Fills(piece, widest[c]))
                        || (Stacked(touching, piece) && Fills(touching, widest[c]))
                    )
                );
            var restOfRowAbove =
                alignment == CellAlignment.Top
                && filled.Count > 0
                && figureRows.Any(above =>
                    above != row
                    && above.Cells.Count(p => p is not null) > filled.Count
                    && filled.All(c =>
                        above.Cells[c] is { } upper && Stacked(upper, row.Cells[c]!) && Fills(upper, widest[c])
                    )
                );
            if (!stackPart && !restOfRowAbove)
                yield return row.Middle;
        }
    }

    /// <summary>The lower piece goes on the upper as the next line of one figure wrapped in its cell: right under it,
    /// overlapping it.</summary>
    private static bool Stacked(Piece upper, Piece lower) =>
        IsDigits(upper)
        && EndsFigure(lower)
        && upper.Left <= lower.Right
        && lower.Left <= upper.Right
        && upper.Bottom - lower.Top <= 0.6 * upper.Size
        && upper.Bottom > lower.Top - 0.5 * upper.Size;

    /// <summary>Per value column, the width of the widest figure printed on one line in it: what the column
    /// fits.</summary>
    private static double[] Widest(List<FigureRow> figureRows) =>
        Enumerable
            .Range(0, figureRows.Count == 0 ? 0 : figureRows[0].Cells.Length)
            .Select(c => figureRows.Select(r => r.Cells[c]).OfType<Piece>().Select(DigitWidth).DefaultIfEmpty(0).Max())
            .ToArray();
}
