using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>The figures of a table without rulings: lines of figures in their columns, and figures stacked over several
/// lines joined.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// A digit printed among the header's words right above a figure is that figure's first line, wrapped up into the
    /// header (２， over ５９０件 is 2,590): the figure as read is not all of it, so it is unreadable.
    /// </summary>
    private static void DoubtFiguresBegunInHeader(List<Row> rows, List<Glyph> headerDigits)
    {
        if (headerDigits.Count == 0)
            return;
        foreach (var figures in rows.Select(r => r.Figures).OfType<FigureRow>())
            for (var c = 0; c < figures.Cells.Length; c++)
                if (
                    figures.Cells[c] is { } figure
                    && headerDigits.Any(g =>
                        g.Left < figure.Right
                        && figure.Left < g.Right
                        && g.Bottom - figure.Top <= 0.6 * figure.Size
                        && g.Bottom > figure.Top - 0.5 * figure.Size
                    )
                )
                    figures.DoubtfulColumns.Add(c);
    }

    /// <summary>
    /// The rows of figures: each line's figures by column, after a figure wrapped in its narrow column (2 above 6) is
    /// put back together and given to the line of figures beside it; null when two figures of one line fall in one
    /// column.
    /// </summary>
    private static List<FigureRow>? FigureRows(
        List<List<Piece>> valuesByLine,
        List<List<Piece>> labelsByLine,
        List<(double Left, double Right, double Center)> columns
    )
    {
        var columnOf = new Dictionary<Piece, int>();
        foreach (var piece in valuesByLine.SelectMany(v => v).Where(p => !IsGarbled(p)))
        {
            var column = Nearest(columns, piece);
            if (column < 0)
                return null;
            columnOf[piece] = column;
        }
        var stacks = Stacks(
            columnOf,
            valuesByLine.Select(v => v.Where(p => !IsGarbled(p)).ToList()).ToList(),
            labelsByLine
        );
        var inStack = stacks.SelectMany(s => s.Parts).ToHashSet();
        var rows = new List<(List<Piece> Values, Piece?[] Cells, List<int> Garbled)>();
        foreach (var values in valuesByLine)
        {
            var own = values.Where(v => !inStack.Contains(v)).ToList();
            if (own.Count == 0)
                continue;
            var cells = new Piece?[columns.Count];
            foreach (var value in own.Where(v => !IsGarbled(v)))
            {
                if (cells[columnOf[value]] is not null)
                    return null; // two figures in one column of one line: not a table this reading lays out
                cells[columnOf[value]] = value;
            }
            // figures run together over their columns (2,261101: 2,261 overflowing into 101's cell): none of those can
            // be told
            var garbled = own.Where(IsGarbled)
                .SelectMany(g =>
                    Enumerable
                        .Range(0, columns.Count)
                        .Where(c => columns[c].Right >= g.Left - g.Size / 2 && columns[c].Left <= g.Right + g.Size / 2)
                )
                .Distinct()
                .ToList();
            rows.Add((own, cells, garbled));
        }
        foreach (var (merged, column, _) in stacks)
        {
            var beside = rows.Where(r => r.Cells[column] is null)
                .OrderBy(r => Math.Abs(r.Values.Average(v => v.Middle) - merged.Middle))
                .FirstOrDefault();
            if (
                beside.Cells is not null
                && Math.Abs(beside.Values.Average(v => v.Middle) - merged.Middle) <= merged.Top - merged.Bottom
            )
                beside.Cells[column] = merged;
            else
            {
                var cells = new Piece?[columns.Count];
                cells[column] = merged;
                rows.Add(([merged], cells, []));
            }
        }
        return rows.Select(r =>
            {
                var present = r
                    .Values.Where(v => !inStack.Contains(v))
                    .Concat(r.Cells.OfType<Piece>())
                    .Distinct()
                    .ToList();
                var row = new FigureRow(
                    present.Average(v => v.Middle),
                    present.Min(v => v.Bottom),
                    present.Max(v => v.Top),
                    r.Cells
                );
                row.DoubtfulColumns.UnionWith(r.Garbled);
                return row;
            })
            .ToList();
    }

    /// <summary>
    /// Figures wrapped in a narrow column, found line by line (lines of figures top to bottom): a line whose figures
    /// all sit right above a second part in the same columns two lines on, with a line of the row's other figures
    /// halfway between them (a cell centred on its row: 7 | 5 0 0 4 | 5 is 75); or a line of fewer figures right under
    /// a row's line, each figure right under a digit of that row and no numbered label beside it (the rest of figures
    /// wrapped downwards). The last part may end with the figure's unit (12 / 8件). Each stack reads as one number, its
    /// first part as wide as the digits of any figure its column prints on one line (a column that fits 12 on a line
    /// prints 3 above 5 as two rows). Two rows printed without space between them print all their figures on both
    /// lines.
    /// </summary>
    private static List<(Piece Merged, int Column, List<Piece> Parts)> Stacks(
        Dictionary<Piece, int> columnOf,
        List<List<Piece>> valuesByLine,
        List<List<Piece>> labelsByLine
    )
    {
        var lines = Enumerable.Range(0, valuesByLine.Count).Where(i => valuesByLine[i].Count > 0).ToList();
        var stacks = new List<(Piece, int, List<Piece>)>();
        var used = new HashSet<Piece>();
        Piece? Under(Piece above, int line) =>
            valuesByLine[line]
                .FirstOrDefault(p =>
                    columnOf[p] == columnOf[above]
                    && EndsFigure(p)
                    && above.Bottom - p.Top <= 0.6 * p.Size
                    && p.Left <= above.Right
                    && p.Right >= above.Left
                );
        void Add(List<Piece> parts)
        {
            var joined = string.Concat(parts.Select(p => p.Text));
            if (!IsWholeFigure(joined) || !Fills(parts[0], SingleLineWidest(columnOf, parts[0])))
                return;
            stacks.Add(
                (new Piece([.. parts.SelectMany(p => p.Glyphs)]) { Override = joined }, columnOf[parts[0]], parts)
            );
            used.UnionWith(parts);
        }

        for (var k = 0; k + 2 < lines.Count; k++)
        {
            var (top, middle, bottom) = (
                valuesByLine[lines[k]],
                valuesByLine[lines[k + 1]],
                valuesByLine[lines[k + 2]]
            );
            if (
                top.Any(used.Contains)
                || !top.All(IsDigits)
                || middle.Any(p => top.Any(t => columnOf[t] == columnOf[p]))
            )
                continue;
            var parts = top.Select(t =>
                    (Top: t, Bottom: Under(t, lines[k + 2]) is { } b && Under(t, lines[k + 1]) is null ? b : null)
                )
                .ToList();
            var centre = middle.Average(LeadMiddle);
            if (
                parts.Any(p => p.Bottom is null)
                || bottom.Count != top.Count
                || !(centre < top.Average(LeadMiddle) && centre > bottom.Average(LeadMiddle))
            )
                continue;
            foreach (var (t, b) in parts)
                Add([t, b!]);
        }
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var (row, rest) = (valuesByLine[lines[k]], valuesByLine[lines[k + 1]]);
            if (
                rest.Count >= row.Count
                || rest.Any(used.Contains)
                || row.Any(used.Contains)
                || !rest.All(EndsFigure)
                || labelsByLine[lines[k + 1]].Any(l => LabelNormalizer.StartsNumbered(l.Text))
            )
                continue;
            var parts = rest.Select(r =>
                    (
                        Above: row.FirstOrDefault(p =>
                            columnOf[p] == columnOf[r] && IsDigits(p) && p.Bottom - r.Top <= 0.6 * r.Size
                        ),
                        Below: r
                    )
                )
                .ToList();
            // a rest that goes on down its column is the head of a figure stacked under it (8 | 5 over 9 over 1 is 8
            // and 591)
            if (parts.Any(p => p.Above is null) || rest.Any(r => lines.Skip(k + 2).Any(l => Under(r, l) is not null)))
                continue;
            foreach (var (above, below) in parts)
                Add([above!, below]);
        }
        return stacks;
    }

    /// <summary>The middle of a figure's first line (a figure joined with its unit wrapped below it stands where its
    /// digits do).</summary>
    private static double LeadMiddle(Piece piece) => (piece.Glyphs[0].Top + piece.Glyphs[0].Bottom) / 2;

    /// <summary>The widest run of digits the piece's column prints that is not the piece itself: what the column fits
    /// on one line.</summary>
    private static double SingleLineWidest(Dictionary<Piece, int> columnOf, Piece piece) =>
        columnOf
            .Where(c => c.Value == columnOf[piece] && c.Key != piece)
            .Select(c => DigitWidth(c.Key))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>
    /// The piece fills its column, as the line of a figure wrapped in its cell does: the widest line the column prints
    /// (<paramref name="widest"/>) has no room for one more of its digits (52 beside 2,5: 523 wraps after 52).
    /// </summary>
    private static bool Fills(Piece piece, double widest)
    {
        var digits = piece.Glyphs.Count(g => g.Text.Any(char.IsDigit));
        return digits > 0 && DigitWidth(piece) + 0.9 * DigitWidth(piece) / digits > widest - 0.5;
    }

    /// <summary>The width of a figure's digits, without the unit it ends with (12件 is as wide as 12 in a column's
    /// capacity).</summary>
    private static double DigitWidth(Piece piece)
    {
        var digits = piece.Glyphs.Where(g => g.Text.All(c => !char.IsLetter(c) || char.IsDigit(c))).ToList();
        return digits.Count == 0 ? 0 : digits.Max(g => g.Right) - digits.Min(g => g.Left);
    }

    /// <summary>
    /// A line's figures: its vertical middle and extent, and the figure in each value column (null: blank).
    /// <see cref="DoubtfulColumns"/>: the columns whose figure cannot be told with confidence to belong to this row
    /// (another row's figures closer than a line, or figures stacked over lines beside one label).
    /// </summary>
    private sealed record FigureRow(double Middle, double Bottom, double Top, Piece?[] Cells)
    {
        public HashSet<int> DoubtfulColumns { get; } = [];

        public void DoubtAll() => DoubtfulColumns.UnionWith(Enumerable.Range(0, Cells.Length));

        /// <summary>
        /// Figures without a label heading a table without a header: maybe the rest of figures cut by a page break.
        /// Whose they are is left to <see cref="PageContinuation"/>, which sees the page before.
        /// </summary>
        public bool PageHeadRest { get; set; }
    }
}
