using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Turns a ruled table's cells into the rows a reader sees, where the rulings are incomplete (LibreOffice draws only
/// some borders): a value cell that holds one number per row it spans is split into those rows; a value cell that
/// spans several ruled rows with one number makes them one row, and the label pieces in it are joined
/// (（二）部分公开（区 / 分处理的… read as one label); a figure wrapped inside a narrow cell is read as the one figure
/// it is. Numbers are never moved between rows by counting.
/// </summary>
internal static partial class LogicalRows
{
    public static List<GridCell> Arrange(LatticeTable table, List<Glyph> glyphs, int pageNumber)
    {
        var glyphsOf = table.Cells.Select(_ => new List<Glyph>()).ToArray();
        foreach (var glyph in glyphs)
            glyphsOf[table.CellOf(glyph)].Add(glyph);
        var linesOf = glyphsOf.Select(TextLines.Lines).ToArray();
        var labelPitch = LabelLinePitch(linesOf);
        var pieces = new List<(LatticeCell Cell, string Text)>();
        for (var index = 0; index < table.Cells.Count; index++)
        {
            var cell = table.Cells[index];
            var lines = linesOf[index];
            if (SplitByRow(cell, lines, table) is { } split)
                pieces.AddRange(split);
            else if (WrappedFigure(index, table, linesOf, labelPitch) is { } figure)
                pieces.Add((cell, figure));
            else
                pieces.Add((cell, Text(lines.Select(l => l.Text).ToList(), TextLines.JoinLines(lines).Trim())));
        }

        var rowCount = table.Cells.Max(c => c.Row + c.RowSpan);
        var groupOf = GroupRows(
            rowCount,
            pieces.Where(p => p.Cell.RowSpan > 1 && CellValueParser.IsNumber(p.Text)).Select(p => p.Cell)
        );
        var cells = new List<GridCell>(pieces.Count);
        foreach (var group in pieces.GroupBy(p => (Group: groupOf[p.Cell.Row], p.Cell.Col)))
        {
            var ordered = group.ToList();
            if (ordered.Count > 1)
                ordered.Sort((a, b) => a.Cell.Row.CompareTo(b.Cell.Row));
            var first = ordered[0].Cell;
            var (lastRow, colSpan) = (first.Row + first.RowSpan - 1, first.ColSpan);
            var (left, bottom, right, top) = (first.Left, first.Bottom, first.Right, first.Top);
            foreach (var (cell, _) in ordered)
            {
                (lastRow, colSpan) = (Math.Max(lastRow, cell.Row + cell.RowSpan - 1), Math.Max(colSpan, cell.ColSpan));
                (left, bottom, right, top) = (
                    Math.Min(left, cell.Left),
                    Math.Min(bottom, cell.Bottom),
                    Math.Max(right, cell.Right),
                    Math.Max(top, cell.Top)
                );
            }
            var text =
                ordered.Count == 1
                    ? ordered[0].Text
                    : Text(ordered.ConvertAll(p => p.Text), string.Concat(ordered.Select(p => p.Text)));
            cells.Add(
                new GridCell(
                    group.Key.Group,
                    first.Col,
                    text,
                    Locator.OnPage(pageNumber, new CellBox(left, bottom, right, top)),
                    groupOf[lastRow] - group.Key.Group + 1,
                    colSpan
                )
                {
                    Basis = ColumnBasis.Rulings,
                }
            );
        }
        return cells;
    }

    /// <summary>
    /// The text of a cell made of several pieces: joined as a wrapped label reads, unless two of them are numbers,
    /// which joined would read as one wrong number ("3" and "5" as 35): then they stay apart and the cell reads as
    /// unreadable.
    /// </summary>
    private static string Text(List<string> pieces, string joined) =>
        pieces.Count(CellValueParser.IsNumber) >= 2 ? string.Join(CellValueParser.PiecesSeparator, pieces) : joined;

    /// <summary>
    /// A figure wrapped inside a narrow cell (template.md §8.15: 总计 printed as 2 above 6): a cell of one ruled row
    /// whose lines are all digits (the last maybe ending with the figure's unit: 31 / 26 / 件), stacked right under each
    /// other at line spacing, or as far apart as the table's wrapped labels (two rows' figures are a row apart), that
    /// together read as one number, its first line filling a good part of the cell or each line overrunning it with the
    /// next line's first glyph.
    /// </summary>
    private static string? WrappedFigure(int index, LatticeTable table, List<GlyphLine>[] linesOf, double? labelPitch)
    {
        var cell = table.Cells[index];
        var lines = linesOf[index];
        if (
            cell.RowSpan != 1
            || lines.Count < 2
            || !lines.SkipLast(1).All(l => DigitRun().IsMatch(l.Text))
            || !EndsFigure(lines[^1].Text)
        )
            return null;
        var joined = string.Concat(lines.Select(l => l.Text));
        if (!CellValueParser.IsNumber(joined))
            return null;
        var overranAll = true;
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            var size = below.Glyphs.Max(g => g.Size);
            // A line breaks only where the next glyph would not fit: where this one and the next line's first glyph
            // (with the no-break spaces glued to it) overrun the cell short of its padding, the lines are one figure
            // even set far apart (a web page's line height of twice the type size).
            var overruns =
                above.Right - above.Left + (below.Glyphs[0].OuterRight - below.Glyphs[0].Left)
                > cell.Right - cell.Left - 2 * MaxPadding * size;
            // set as the table's wrapped labels are set: one cell's lines, whatever the line height
            var atLabelPitch = labelPitch is { } pitch && Math.Abs(above.Bottom - below.Bottom - pitch) <= 0.15 * size;
            if (
                (above.Bottom - below.Top > (overruns ? WrappedLineGap : 0.6) * size && !atLabelPitch)
                || below.Left > above.OuterRight
                || below.OuterRight < above.Left
            )
                return null;
            overranAll &= overruns;
        }
        // A wrapped line fills the cell: it is wide for it. Two figures of two rows sit narrow in a wide cell (3 above
        // 5).
        return overranAll || lines[0].Right - lines[0].Left >= FilledShare * (cell.Right - cell.Left) ? joined : null;
    }

    /// <summary>
    /// The distance between the lines of the table's wrapped labels (the median over its cells of two or more lines
    /// with a character that is not a digit), or null where no label wraps.
    /// </summary>
    private static double? LabelLinePitch(List<GlyphLine>[] linesOf)
    {
        var pitches = linesOf
            .Where(lines => lines.Count >= 2 && lines.All(l => l.Text.Any(char.IsLetter)))
            .SelectMany(lines => lines.Zip(lines.Skip(1), (above, below) => above.Bottom - below.Bottom))
            .Order()
            .ToList();
        return pitches.Count == 0 ? null : pitches[pitches.Count / 2];
    }

    /// <summary>The most a cell's padding is taken to be on each side, in type sizes.</summary>
    private const double MaxPadding = 0.6;

    /// <summary>The space between the lines of a figure that must have wrapped, in type sizes: lines set at up to 2.5
    /// times the type size.</summary>
    private const double WrappedLineGap = 1.5;

    /// <summary>The share of its cell's width a wrapped figure's first line takes at least (a digit of 4.5 pt in a 12
    /// pt cell).</summary>
    private const double FilledShare = 0.35;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9０-９,，.．]+$")]
    private static partial System.Text.RegularExpressions.Regex DigitRun();

    /// <summary>A wrapped figure's last line: digits, maybe ending with the figure's unit, or the unit alone.</summary>
    private static bool EndsFigure(string line) =>
        DigitRun().IsMatch(line)
        || string.Concat(line.SkipWhile(c => char.IsDigit(c) || c is ',' or '，' or '.' or '．')) is var unit
            && CellValueParser.IsUnit(unit);

    /// <summary>A spanning cell whose lines are all numbers, one in each ruled row it covers: one cell per
    /// row.</summary>
    private static List<(LatticeCell, string)>? SplitByRow(LatticeCell cell, List<GlyphLine> lines, LatticeTable table)
    {
        if (cell.RowSpan < 2 || lines.Count < 2 || !lines.All(l => CellValueParser.IsNumber(l.Text)))
            return null;
        var bands = table
            .Cells.Where(c => c.RowSpan == 1 && c.Row >= cell.Row && c.Row < cell.Row + cell.RowSpan)
            .GroupBy(c => c.Row)
            .ToDictionary(g => g.Key, g => (g.First().Bottom, g.First().Top));
        var rows = lines
            .Select(l =>
                bands
                    .Where(b => (l.Top + l.Bottom) / 2 >= b.Value.Bottom && (l.Top + l.Bottom) / 2 <= b.Value.Top)
                    .Select(b => (int?)b.Key)
                    .FirstOrDefault()
            )
            .ToList();
        if (rows.Any(r => r is null) || rows.Distinct().Count() != rows.Count)
            return null;
        return lines
            .Zip(rows, (line, row) =>
                (
                    cell with
                    {
                        Row = row!.Value,
                        RowSpan = 1,
                        Bottom = bands[row.Value].Bottom,
                        Top = bands[row.Value].Top,
                    },
                    line.Text
                )
            )
            .ToList();
    }

    /// <summary>The logical row of each ruled row: ruled rows covered by one spanning value cell are one row.</summary>
    private static int[] GroupRows(int rowCount, IEnumerable<LatticeCell> spanningValues)
    {
        var joinsNext = new bool[rowCount];
        foreach (var cell in spanningValues)
            for (var r = cell.Row; r < cell.Row + cell.RowSpan - 1 && r < rowCount - 1; r++)
                joinsNext[r] = true;
        var groupOf = new int[rowCount];
        for (var r = 1; r < rowCount; r++)
            groupOf[r] = groupOf[r - 1] + (joinsNext[r - 1] ? 0 : 1);
        return groupOf;
    }
}
