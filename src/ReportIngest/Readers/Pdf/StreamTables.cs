using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Tables without rulings (stream), laid out from the positions of their text the way a person reads them:
/// <list type="number">
/// <item>A table is where figures stand in columns: it starts at a line of figures and goes on through lines of
/// figures and lines whose text stays left of the figures (wrapped labels, group labels, labels of rows printed
/// blank); a line that reaches into the figures' columns without a figure (prose, the next table's header) ends it.
/// The header words above it (商业 / 企业, one column's words over several lines) belong to it.</item>
/// <item>The value columns are where the figures line up; a row that prints nothing in a column gets a blank there.</item>
/// <item>The labels are read as units: in each label column, a unit starts with its item number (一、 （二） 3.) or after
/// a gap and goes on over its wrapped lines. A row of figures takes the rightmost unit beside it as its own label
/// (the item), the units further left as its group labels (（三）不予公开, 三、本年度办理结果 printed one character a
/// line); a unit with no figures beside it is a row printed blank.</item>
/// </list>
/// Figures are never moved between rows by counting: a row is what stands beside its label.
/// </summary>
internal static class StreamTables
{
    /// <summary>Lines further apart than this many glyph sizes are not one table.</summary>
    private const double MaxLineGap = 3.2;

    /// <summary>The lines of a page, top to bottom: tables as grids, the other lines as they are. Each item with its top.</summary>
    public static List<(double Top, object Item)> Arrange(List<GlyphLine> lines, int page)
    {
        var parsed = lines.Select(l => new StreamLine(l)).ToList();
        var result = new List<(double Top, object Item)>();
        var used = new bool[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            if (used[i] || !parsed[i].StartsTable) continue;
            var region = Region(parsed, i, used);
            if (region is null) continue;
            foreach (var index in region.Value.Lines) used[index] = true;
            var grid = Layout(region.Value.Lines.Select(index => parsed[index]).ToList(), region.Value.HeaderCount, page);
            if (grid is not null) result.Add((parsed[region.Value.Lines[0]].Line.Top, new GridBlock(grid)));
            else foreach (var index in region.Value.Lines) used[index] = false;
        }
        for (var i = 0; i < parsed.Count; i++)
            if (!used[i]) result.Add((parsed[i].Line.Top, parsed[i].Line));
        return result;
    }

    /// <summary>A line split into pieces at wide gaps, and which pieces are figures.</summary>
    private sealed class StreamLine
    {
        public StreamLine(GlyphLine line)
        {
            Line = line;
            Pieces = TextLines.Chunks(line).Select(c => new Piece(c)).ToList();
            var figures = Pieces.Where(p => p.IsFigure).ToList();
            StartsTable = figures.Count >= 2 || (figures.Count >= 1 && !Pieces[0].IsFigure);
        }

        public GlyphLine Line { get; }
        public List<Piece> Pieces { get; }

        /// <summary>Figures stand in it the way a table row prints them: two or more, or after a label.</summary>
        public bool StartsTable { get; }

        public double Size => Line.Glyphs.Max(g => g.Size);
    }

    /// <summary>A chunk of a line: its glyphs, text and box.</summary>
    private sealed class Piece(List<Glyph> glyphs)
    {
        public List<Glyph> Glyphs { get; } = glyphs;

        /// <summary>The text when it is not the glyphs' left-to-right reading (a figure stacked over lines reads top to bottom).</summary>
        public string? Override { get; init; }

        public string Text => Override ?? _text;
        private readonly string _text = TextLines.Join(glyphs);
        public double Left { get; } = glyphs.Min(g => g.Left);
        public double Right { get; } = glyphs.Max(g => g.Right);
        public double Top { get; } = glyphs.Max(g => g.Top);
        public double Bottom { get; } = glyphs.Min(g => g.Bottom);
        public double Center => (Left + Right) / 2;
        public double Middle => (Top + Bottom) / 2;
        public double Size => Glyphs.Max(g => g.Size);
        public bool IsFigure => CellValueParser.IsValueOrPlaceholder(Text);
        public CellBox Box => new(Left, Bottom, Right, Top);
    }

    /// <summary>The lines of the table starting at <paramref name="start"/>: header lines above it, then its body; null when it is no table.</summary>
    private static (List<int> Lines, int HeaderCount)? Region(List<StreamLine> lines, int start, bool[] used)
    {
        var figures = new List<Piece>(FiguresOf(lines[start]));
        double ValueLeft() => figures.Min(f => f.Left);
        // Lone digits right above the first row, each touching the next: the head of a figure stacked a digit a line in a
        // narrow column (5 over 一、… | 51 4 1 over 9 is 59), standing between the header's words.
        var lead = new List<int>();
        int? labelHead = null;
        var labelEnd = lines[start].Pieces.Where(p => !p.IsFigure && !IsUnit(p)).Select(p => p.Right).DefaultIfEmpty(double.MinValue).Max();
        for (var j = start - 1; j >= 0 && !used[j]; j--)
        {
            var (line, next) = (lines[j], lines[lead.Count > 0 ? lead[^1] : start]);
            // the first line of the first row's label may stand between (a page's first row, its label wrapped)
            if (lead.Count == 0 && j == start - 1 && LabelHead(lines, j, ValueLeft()))
            {
                labelHead = j;
                continue;
            }
            if (line.Pieces is not [var digit] || !IsDigits(digit) || line.Line.Bottom - next.Line.Top > 0.6 * line.Size) break;
            // a figure whose unit wrapped under it, past the row's line (１７ over 件, centred on the row), may stand close to the label's end
            if (digit.Left < Math.Min(ValueLeft(), labelEnd + digit.Size)
                && !lines.Skip(start).Take(2).Any(l => l.Pieces.Any(p => IsUnit(p) && Above(digit, p)))) break;
            lead.Add(j);
        }
        lead.Reverse();
        figures.AddRange(lead.SelectMany(j => lines[j].Pieces));
        var body = new List<int>([.. lead, .. lead.Count > 0 && labelHead is { } head ? [head] : Array.Empty<int>(), start]);
        var lastFigureLine = start;
        var lastValueLine = start;
        for (var j = start + 1; j < lines.Count && !used[j]; j++)
        {
            var line = lines[j];
            if (lines[body[^1]].Line.Bottom - line.Line.Top > MaxLineGap * line.Size) break;
            var tolerance = line.Size;
            // another table's figures (section 四 under 三); not a line overlapping the last figures' line: that is the same
            // row's cells printed at another height, between the lines of its wrapped cells (３０ over 件 beside ８件)
            if (line.StartsTable && line.Line.Top <= lines[lastFigureLine].Line.Bottom && StandsApart(FiguresOf(line).ToList(), figures)) break;
            if (line.StartsTable || (line.Pieces.Count == 1 && line.Pieces[0].IsFigure && Aligned(line.Pieces[0], figures)))
            {
                figures.AddRange(FiguresOf(line));
                body.Add(j);
                lastFigureLine = lastValueLine = j;
                continue;
            }
            // units, or the last digits of figures with their unit, wrapped under figures of the table end them (12 / 8件)
            if (line.Pieces.All(p => p.Right <= ValueLeft() + tolerance || ((IsUnit(p) || (EndsFigure(p) && !IsDigits(p))) && figures.Any(f => Above(f, p)))))
            {
                body.Add(j);
                if (line.Pieces.Any(p => p.Right > ValueLeft() + tolerance)) lastValueLine = j;
                continue;
            }
            break;
        }
        // After the last row of figures, only the end of its label belongs to the table: the next line, unnumbered,
        // starting where a label of the table starts, level with the figures or mirroring a label line above them (a
        // cell's text is centred on its figures; a sub-header below is the next table's).
        var keep = body.IndexOf(lastValueLine) + 1;
        var labelPieces = body.Take(keep).SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure)).ToList();
        var lastMiddle = FiguresOf(lines[lastFigureLine]).Average(p => p.Middle);
        var pitch = Pitch(labelPieces);
        if (keep < body.Count && lines[body[keep]].Pieces[0] is var tail && !LabelNormalizer.StartsNumbered(tail.Text)
            && lines[body[keep - 1]].Line.Bottom - lines[body[keep]].Line.Top <= 1.2 * tail.Size && labelPieces.Any(p => Math.Abs(p.Left - tail.Left) <= tail.Size)
            && (lastMiddle - tail.Middle <= 0.65 * pitch || labelPieces.Any(p => Math.Abs(p.Middle - (2 * lastMiddle - tail.Middle)) <= 0.3 * pitch)))
            keep++;
        // rows printed blank after the last row of figures (3.危及“三安全一稳定” at the foot of the page)
        while (keep < body.Count && BlankRowLine(lines[body[keep]], lines[body[keep - 1]], labelPieces, ValueLeft())) keep++;
        body = body.Take(keep).ToList();

        // Header lines above: words over the figures' columns (and the label text beside them), interleaved lines
        // included; a line that runs from where the table's labels start into the columns is prose or a heading.
        var header = new List<int>();
        var valueLeft = ValueLeft();
        var tableLeft = body.SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure)).Select(p => p.Left).DefaultIfEmpty(valueLeft).Min();
        bool Prose(StreamLine line) => line.Pieces.Any(p => p.Left <= tableLeft + 2 * line.Size && p.Right > valueLeft + line.Size);
        // The first line of the first row's label, when the row's figures stand beside its last line (a page begins
        // with a row: （二）部分公开（区分处理的，只计这一 over 情形，不计其他情形） | 4 | 1).
        if (body[0] > 0 && !used[body[0] - 1] && LabelHead(lines, body[0] - 1, ValueLeft())) body.Insert(0, body[0] - 1);
        var first = body[0];
        var tableLabels = body.SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure)).ToList();
        for (var j = first - 1; j >= 0 && !used[j]; j--)
        {
            var line = lines[j];
            var below = header.Count > 0 ? lines[header[^1]] : lines[first];
            if (line.Line.Bottom - below.Line.Top > MaxLineGap * line.Size || line.Pieces.Any(p => p.IsFigure) || Prose(line)) break;
            var overValues = line.Pieces.Any(p => p.Center >= valueLeft - line.Size);
            var interleaved = !overValues && j > 0 && !used[j - 1] && lines[j - 1].Pieces.Any(p => p.Center >= valueLeft - line.Size && !p.IsFigure)
                              && !Prose(lines[j - 1]);
            if (header.Count == 0 && !overValues && ((interleaved && BlankFirstRow(line, lines[j - 1], lines[first]))
                || BlankRowLine(line, lines[first], tableLabels, valueLeft)))
            {
                body.Insert(0, j);
                first = j;
                continue;
            }
            // the same, its label wrapped: 2.其他法律行政法规 over 禁止公开
            if (header.Count == 0 && !overValues && j > 0 && !used[j - 1] && line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
                && tableLabels.Any(l => Math.Abs(l.Left - line.Pieces[0].Left) <= line.Size) && line.Line.Bottom - lines[first].Line.Top <= 1.5 * line.Size
                && BlankRowLine(lines[j - 1], line, tableLabels, valueLeft) && lines[j - 1].Line.Bottom - line.Line.Top <= 0.8 * line.Size)
            {
                body.InsertRange(0, [j - 1, j]);
                first = --j;
                continue;
            }
            if (!overValues && !interleaved) break;
            header.Add(j);
        }
        header.Reverse();
        return ([.. header, .. body], header.Count);
    }

    /// <summary>
    /// A line of a row printed blank next to the table's rows (at the head or foot of a page the table is cut by): an item
    /// label left of the figures, with its number, standing where the table's labels stand, a row or less away.
    /// </summary>
    private static bool BlankRowLine(StreamLine line, StreamLine neighbour, List<Piece> tableLabels, double valueLeft)
    {
        if (!line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)) return false;
        var gap = Math.Max(line.Line.Bottom - neighbour.Line.Top, neighbour.Line.Bottom - line.Line.Top);
        return gap <= 1.5 * line.Size && line.Pieces.Any(p => LabelNormalizer.StartsNumbered(p.Text) && tableLabels.Any(l => Math.Abs(l.Left - p.Left) <= p.Size));
    }

    /// <summary>
    /// A label line between the header and the first row of figures, a row apart from both: the table's first row,
    /// printed blank (行政许可 under 信息内容 | 上一年项目数量 …, above 其他对外管理服务事项 | 0 0 0). A header's own label
    /// (信息内容) stands level with the header's words over the figures.
    /// </summary>
    private static bool BlankFirstRow(StreamLine line, StreamLine header, StreamLine firstRow) =>
        header.Line.Bottom - line.Line.Top >= 0.3 * line.Size && line.Line.Bottom - firstRow.Line.Top >= 0.8 * line.Size;

    /// <summary>
    /// The line is the start of a label that goes on below it, beside the table's first figures: left of the figures,
    /// at line spacing above them, and the label's next line starts where it does with no item number of its own (on
    /// the figures' line, or on the line after when the figures are centred between the label's two lines).
    /// </summary>
    private static bool LabelHead(List<StreamLine> lines, int index, double valueLeft)
    {
        var (line, figuresLine) = (lines[index], lines[index + 1]);
        if (!line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft) || line.Line.Bottom - figuresLine.Line.Top > 0.8 * line.Size) return false;
        var rest = figuresLine.Pieces[0].IsFigure ? index + 2 < lines.Count ? lines[index + 2] : null : figuresLine;
        if (rest is null || rest.Pieces[0].IsFigure || (rest != figuresLine && rest.Line.Top < figuresLine.Line.Bottom - 0.8 * line.Size)) return false;
        var label = rest.Pieces[0];
        return !LabelNormalizer.StartsNumbered(label.Text) && (Math.Abs(line.Pieces[0].Left - label.Left) <= label.Size || LabelNormalizer.LeftOpen(line.Line.Text));
    }

    /// <summary>A unit word alone (件, 项, 元, 万元 …): the end of a figure wrapped in a narrow column (12 / 件).</summary>
    private static bool IsUnit(Piece piece) => !piece.IsFigure && CellValueParser.IsUnit(piece.Text);

    /// <summary>The piece stands right under the figure, at line spacing, overlapping it.</summary>
    private static bool Above(Piece figure, Piece piece) =>
        figure.Bottom - piece.Top <= 0.6 * piece.Size && figure.Bottom > piece.Top - 0.5 * piece.Size && piece.Left <= figure.Right && piece.Right >= figure.Left;

    /// <summary>The figures of a table line: after its label, or all of them in a line of figures (or of one figure) alone.</summary>
    private static IEnumerable<Piece> FiguresOf(StreamLine line) =>
        line.Pieces.Where((p, i) => p.IsFigure && (i > 0 || line.StartsTable || line.Pieces.Count == 1));

    /// <summary>Most of a line's figures stand under none of the columns of a table that already has a few rows: another table.</summary>
    private static bool StandsApart(List<Piece> line, List<Piece> figures)
    {
        // placeholders alone (— 无 /) are the blank cells of the row above printed at another height, not a table's figures
        var numbers = line.Where(f => CellValueParser.IsNumber(f.Text)).ToList();
        return figures.Count >= 6 && numbers.Count >= 2 && numbers.Count(f => !Aligned(f, figures)) * 2 > numbers.Count;
    }

    private static bool Aligned(Piece piece, List<Piece> figures) => figures.Any(f => Math.Abs(f.Center - piece.Center) <= f.Size);

    /// <summary>The grid of a table's lines: header rows, then one row per label unit or row of figures, top to bottom.</summary>
    private static Grid? Layout(List<StreamLine> lines, int headerCount, int page)
    {
        var bodyLines = lines.Skip(headerCount).ToList();
        var figurePieces = bodyLines.SelectMany(FiguresOf).ToList();
        var columns = Columns(figurePieces);
        if (columns.Count == 0) return null;
        var valueLeft = columns[0].Left - figurePieces.Max(f => f.Size) / 2;
        columns = WithHeadedBlankColumns(columns, lines.Take(headerCount).SelectMany(l => l.Pieces).Where(p => p.Center >= valueLeft).SelectMany(Words).ToList());

        var valuesByLine = new List<List<Piece>>();
        var labelsByLine = new List<List<Piece>>();
        foreach (var line in bodyLines)
        {
            var values = line.Pieces.Where(p => (p.IsFigure || IsGarbled(p)) && p.Center >= valueLeft).ToList();
            // a unit wrapped under its figure (0 / 件) ends that figure; a unit under no figure says its cell is not blank
            foreach (var unit in line.Pieces.Where(p => p.Center >= valueLeft && IsUnit(p)))
            {
                var ended = false;
                for (var above = valuesByLine.Count - 1; above >= 0 && !ended; above--)
                    if (valuesByLine[above].FindIndex(f => Above(f, unit)) is var index and >= 0)
                    {
                        var figure = valuesByLine[above][index];
                        valuesByLine[above][index] = new Piece([.. figure.Glyphs, .. unit.Glyphs]) { Override = figure.Text + unit.Text };
                        ended = true;
                    }
                if (!ended && Nearest(columns, unit) is var column and >= 0 && !values.Any(v => Nearest(columns, v) == column)) values.Add(unit);
            }
            valuesByLine.Add(values);
            labelsByLine.Add(line.Pieces.Where(p => !(p.Center >= valueLeft && (p.IsFigure || IsUnit(p) || IsGarbled(p)))).ToList());
        }
        // The first row's label may begin on the header's last lines: a label line above the first figures that
        // mirrors one below them (a label wrapped and centred on its figures).
        var pitch = Pitch(labelsByLine.SelectMany(l => l).ToList());
        var firstFigures = valuesByLine.FirstOrDefault(v => v.Count > 0);
        var firstMiddle = firstFigures?.Average(p => p.Middle) ?? double.MaxValue;
        var bodyLabels = labelsByLine.SelectMany(l => l).ToList();
        var lifted = lines.Take(headerCount).SelectMany(l => l.Pieces)
            .Where(p => p.Center < valueLeft && p.Middle > firstMiddle && p.Middle - firstMiddle <= 1.2 * pitch
                        && bodyLabels.Any(b => Math.Abs(b.Middle - (2 * firstMiddle - p.Middle)) <= 0.3 * pitch && Math.Abs(b.Left - p.Left) <= 2 * p.Size))
            .ToHashSet();
        var labels = labelsByLine.SelectMany(l => l).Concat(lifted).ToList();
        var figureRows = FigureRows(valuesByLine, labelsByLine, columns);
        if (figureRows is null) return null;
        var units = Units(labels, figureRows.Select(r => r.Middle).ToList(), Pitch(labels));
        var rows = Rows(figureRows, units, pitch).ToList();
        DoubtFiguresBegunInHeader(rows, lines.Take(headerCount).SelectMany(l => l.Line.Glyphs).Where(g => g.Text.Any(char.IsDigit)).ToList());
        var labelWidth = Math.Max(1, rows.Max(r => r.Labels.Count));
        var grid = new List<IReadOnlyList<GridCell>>();
        foreach (var headerRow in HeaderRows(lines.Take(headerCount).ToList(), lifted, columns, valueLeft, labelWidth, page)) grid.Add(headerRow);
        foreach (var row in rows) grid.Add(RowCells(row, grid.Count, columns, labelWidth, page));
        return new Grid(grid);
    }

    /// <summary>
    /// A digit printed among the header's words right above a figure is that figure's first line, wrapped up into the
    /// header (２， over ５９０件 is 2,590): the figure as read is not all of it, so it is unreadable.
    /// </summary>
    private static void DoubtFiguresBegunInHeader(List<Row> rows, List<Glyph> headerDigits)
    {
        if (headerDigits.Count == 0) return;
        foreach (var figures in rows.Select(r => r.Figures).OfType<FigureRow>())
            for (var c = 0; c < figures.Cells.Length; c++)
                if (figures.Cells[c] is { } figure && headerDigits.Any(g => g.Left < figure.Right && figure.Left < g.Right
                        && g.Bottom - figure.Top <= 0.6 * figure.Size && g.Bottom > figure.Top - 0.5 * figure.Size))
                    figures.DoubtfulColumns.Add(c);
    }

    /// <summary>
    /// The rows of figures: each line's figures by column, after a figure wrapped in its narrow column (2 above 6) is
    /// put back together and given to the line of figures beside it; null when two figures of one line fall in one column.
    /// </summary>
    private static List<FigureRow>? FigureRows(List<List<Piece>> valuesByLine, List<List<Piece>> labelsByLine, List<(double Left, double Right, double Center)> columns)
    {
        var columnOf = new Dictionary<Piece, int>();
        foreach (var piece in valuesByLine.SelectMany(v => v).Where(p => !IsGarbled(p)))
        {
            var column = Nearest(columns, piece);
            if (column < 0) return null;
            columnOf[piece] = column;
        }
        var stacks = Stacks(columnOf, valuesByLine.Select(v => v.Where(p => !IsGarbled(p)).ToList()).ToList(), labelsByLine);
        var inStack = stacks.SelectMany(s => s.Parts).ToHashSet();
        var rows = new List<(List<Piece> Values, Piece?[] Cells, List<int> Garbled)>();
        foreach (var values in valuesByLine)
        {
            var own = values.Where(v => !inStack.Contains(v)).ToList();
            if (own.Count == 0) continue;
            var cells = new Piece?[columns.Count];
            foreach (var value in own.Where(v => !IsGarbled(v)))
            {
                if (cells[columnOf[value]] is not null) return null; // two figures in one column of one line: not a table this reading lays out
                cells[columnOf[value]] = value;
            }
            // figures run together over their columns (2,261101: 2,261 overflowing into 101's cell): none of those can be told
            var garbled = own.Where(IsGarbled).SelectMany(g => Enumerable.Range(0, columns.Count)
                .Where(c => columns[c].Right >= g.Left - g.Size / 2 && columns[c].Left <= g.Right + g.Size / 2)).Distinct().ToList();
            rows.Add((own, cells, garbled));
        }
        foreach (var (merged, column, _) in stacks)
        {
            var beside = rows.Where(r => r.Cells[column] is null).OrderBy(r => Math.Abs(r.Values.Average(v => v.Middle) - merged.Middle)).FirstOrDefault();
            if (beside.Cells is not null && Math.Abs(beside.Values.Average(v => v.Middle) - merged.Middle) <= merged.Top - merged.Bottom) beside.Cells[column] = merged;
            else
            {
                var cells = new Piece?[columns.Count];
                cells[column] = merged;
                rows.Add(([merged], cells, []));
            }
        }
        return rows.Select(r =>
        {
            var present = r.Values.Where(v => !inStack.Contains(v)).Concat(r.Cells.OfType<Piece>()).Distinct().ToList();
            var row = new FigureRow(present.Average(v => v.Middle), present.Min(v => v.Bottom), present.Max(v => v.Top), r.Cells);
            row.DoubtfulColumns.UnionWith(r.Garbled);
            return row;
        }).ToList();
    }

    /// <summary>
    /// Figures wrapped in a narrow column, found line by line (lines of figures top to bottom): a line whose figures all
    /// sit right above a second part in the same columns two lines on, with a line of the row's other figures halfway
    /// between them (a cell centred on its row: 7 | 5 0 0 4 | 5 is 75); or a line of fewer figures right under a row's
    /// line, each figure right under a digit of that row and no numbered label beside it (the rest of figures wrapped
    /// downwards). The last part may end with the figure's unit (12 / 8件). Each stack reads as one number, its first
    /// part as wide as the digits of any figure its column prints on one line (a column that fits 12 on a line prints
    /// 3 above 5 as two rows). Two rows printed without space between them print all their figures on both lines.
    /// </summary>
    private static List<(Piece Merged, int Column, List<Piece> Parts)> Stacks(Dictionary<Piece, int> columnOf, List<List<Piece>> valuesByLine,
        List<List<Piece>> labelsByLine)
    {
        var lines = Enumerable.Range(0, valuesByLine.Count).Where(i => valuesByLine[i].Count > 0).ToList();
        var stacks = new List<(Piece, int, List<Piece>)>();
        var used = new HashSet<Piece>();
        Piece? Under(Piece above, int line) => valuesByLine[line].FirstOrDefault(p => columnOf[p] == columnOf[above] && EndsFigure(p)
            && above.Bottom - p.Top <= 0.6 * p.Size && p.Left <= above.Right && p.Right >= above.Left);
        void Add(List<Piece> parts)
        {
            var joined = string.Concat(parts.Select(p => p.Text));
            if (!CellValueParser.IsNumber(joined) || DigitWidth(parts[0]) < SingleLineWidest(columnOf, parts[0]) - 0.5) return;
            stacks.Add((new Piece([.. parts.SelectMany(p => p.Glyphs)]) { Override = joined }, columnOf[parts[0]], parts));
            used.UnionWith(parts);
        }

        for (var k = 0; k + 2 < lines.Count; k++)
        {
            var (top, middle, bottom) = (valuesByLine[lines[k]], valuesByLine[lines[k + 1]], valuesByLine[lines[k + 2]]);
            if (top.Any(used.Contains) || !top.All(IsDigits) || middle.Any(p => top.Any(t => columnOf[t] == columnOf[p]))) continue;
            var parts = top.Select(t => (Top: t, Bottom: Under(t, lines[k + 2]) is { } b && Under(t, lines[k + 1]) is null ? b : null)).ToList();
            var centre = middle.Average(LeadMiddle);
            if (parts.Any(p => p.Bottom is null) || bottom.Count != top.Count || !(centre < top.Average(LeadMiddle) && centre > bottom.Average(LeadMiddle))) continue;
            foreach (var (t, b) in parts) Add([t, b!]);
        }
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var (row, rest) = (valuesByLine[lines[k]], valuesByLine[lines[k + 1]]);
            if (rest.Count >= row.Count || rest.Any(used.Contains) || row.Any(used.Contains) || !rest.All(EndsFigure)
                || labelsByLine[lines[k + 1]].Any(l => LabelNormalizer.StartsNumbered(l.Text))) continue;
            var parts = rest.Select(r => (Above: row.FirstOrDefault(p => columnOf[p] == columnOf[r] && IsDigits(p) && p.Bottom - r.Top <= 0.6 * r.Size), Below: r)).ToList();
            // a rest that goes on down its column is the head of a figure stacked under it (8 | 5 over 9 over 1 is 8 and 591)
            if (parts.Any(p => p.Above is null) || (k + 2 < lines.Count && rest.Any(r => Under(r, lines[k + 2]) is not null))) continue;
            foreach (var (above, below) in parts) Add([above!, below]);
        }
        return stacks;
    }

    /// <summary>The middle of a figure's first line (a figure joined with its unit wrapped below it stands where its digits do).</summary>
    private static double LeadMiddle(Piece piece) => (piece.Glyphs[0].Top + piece.Glyphs[0].Bottom) / 2;

    /// <summary>The widest run of digits the piece's column prints that is not the piece itself: what the column fits on one line.</summary>
    private static double SingleLineWidest(Dictionary<Piece, int> columnOf, Piece piece) =>
        columnOf.Where(c => c.Value == columnOf[piece] && c.Key != piece).Select(c => DigitWidth(c.Key)).DefaultIfEmpty(0).Max();

    /// <summary>The width of a figure's digits, without the unit it ends with (12件 is as wide as 12 in a column's capacity).</summary>
    private static double DigitWidth(Piece piece)
    {
        var digits = piece.Glyphs.Where(g => g.Text.All(c => !char.IsLetter(c) || char.IsDigit(c))).ToList();
        return digits.Count == 0 ? 0 : digits.Max(g => g.Right) - digits.Min(g => g.Left);
    }

    /// <summary>
    /// The distance between two lines of a label: the median spacing of label pieces one under the other in a label
    /// column (not of all lines: figures centred between two label lines stand half a line from each); else a line
    /// and a half.
    /// </summary>
    private static double Pitch(List<Piece> labels)
    {
        var gaps = LabelColumns(labels)
            .SelectMany(column =>
            {
                var ordered = column.OrderByDescending(p => p.Middle).ToList();
                return ordered.Zip(ordered.Skip(1), (a, b) => a.Middle - b.Middle);
            })
            .Where(g => g > 0).Order().ToList();
        return gaps.Count > 0 ? gaps[gaps.Count / 2] : 1.5 * labels.Select(l => l.Size).DefaultIfEmpty(10).Max();
    }

    /// <summary>Digits in the figures' place that read as no figure (2,261101): figures run together over their columns.</summary>
    private static bool IsGarbled(Piece piece) =>
        !piece.IsFigure && piece.Text.Any(char.IsDigit)
        && string.Concat(piece.Text.Where(c => !(char.IsDigit(c) || char.IsWhiteSpace(c) || c is ',' or '，' or '.' or '．' or '+' or '-' or '－'))) is var rest
        && (rest.Length == 0 || CellValueParser.IsUnit(rest));

    private static bool IsDigits(Piece piece) => piece.Text.All(c => char.IsDigit(c) || c is ',' or '，' or '.' or '．');

    /// <summary>The last part of a figure wrapped over lines: digits, or digits and the unit the figure ends with (12 / 8件).</summary>
    private static bool EndsFigure(Piece piece) =>
        IsDigits(piece) || (piece.Text.Length > 0 && char.IsDigit(piece.Text[0]) && CellValueParser.Parse(piece.Text) is { Status: CellStatus.Value, Unit: not null });

    /// <summary>
    /// A line's figures: its vertical middle and extent, and the figure in each value column (null: blank).
    /// <see cref="DoubtfulColumns"/>: the columns whose figure cannot be told with confidence to belong to this row
    /// (another row's figures closer than a line, or figures stacked over lines beside one label).
    /// </summary>
    private sealed record FigureRow(double Middle, double Bottom, double Top, Piece?[] Cells)
    {
        public HashSet<int> DoubtfulColumns { get; } = [];

        public void DoubtAll() => DoubtfulColumns.UnionWith(Enumerable.Range(0, Cells.Length));
    }

    /// <summary>A label unit: an item's label over its wrapped lines, in one label column.</summary>
    private sealed class Unit(Piece first)
    {
        public List<Piece> Pieces { get; } = [first];
        public double Left => Pieces.Min(p => p.Left);
        public double Top => Pieces.Max(p => p.Top);
        public double Bottom => Pieces.Min(p => p.Bottom);
        public double Middle => (Top + Bottom) / 2;
        public string Text => string.Concat(Pieces.Select(p => p.Text));

        /// <summary>Printed one character a line down a merged cell (三、本年度办理结果): a group label, never an item.</summary>
        public bool IsVertical => Pieces.Count >= 3 && Pieces.All(p => p.Text.Length <= 2);
    }

    /// <summary>One row of the grid: its labels (groups left to right, then the item) and its figures (none: a row printed blank).</summary>
    private sealed record Row(double Middle, List<Unit> Labels, FigureRow? Figures);

    /// <summary>The value columns: figures whose centres lie within a glyph of each other, left to right.</summary>
    private static List<(double Left, double Right, double Center)> Columns(List<Piece> figures)
    {
        var columns = new List<(double Left, double Right, double Sum, int Count, double Size)>();
        foreach (var figure in figures.OrderBy(f => f.Center))
        {
            if (columns.Count > 0 && figure.Center - columns[^1].Sum / columns[^1].Count <= Math.Max(figure.Size, columns[^1].Size))
            {
                var c = columns[^1];
                columns[^1] = (Math.Min(c.Left, figure.Left), Math.Max(c.Right, figure.Right), c.Sum + figure.Center, c.Count + 1, Math.Max(c.Size, figure.Size));
            }
            else columns.Add((figure.Left, figure.Right, figure.Center, 1, figure.Size));
        }
        return columns.Select(c => (c.Left, c.Right, c.Sum / c.Count)).ToList();
    }

    /// <summary>
    /// The value columns with those the header names but no row prints a figure in (总计 left blank throughout): a
    /// header word standing more than half a column's pitch from every column of figures heads a column of its own.
    /// </summary>
    private static List<(double Left, double Right, double Center)> WithHeadedBlankColumns(List<(double Left, double Right, double Center)> columns, List<Piece> headerWords)
    {
        if (columns.Count < 2) return columns;
        var pitch = (columns[^1].Center - columns[0].Center) / (columns.Count - 1);
        var lone = headerWords.Where(w => w.Right - w.Left <= 1.5 * pitch && columns.All(c => Math.Abs(c.Center - w.Center) > pitch / 2)).OrderBy(w => w.Center).ToList();
        var added = new List<(double Left, double Right, double Center)>();
        foreach (var group in Columns(lone))
            if (columns.Concat(added).All(c => Math.Abs(c.Center - group.Center) > pitch / 2)) added.Add(group);
        return added.Count == 0 ? columns : [.. columns.Concat(added).OrderBy(c => c.Center)];
    }

    private static int Nearest(List<(double Left, double Right, double Center)> columns, Piece piece)
    {
        var best = columns.Select((c, i) => (Distance: Math.Abs(c.Center - piece.Center), Index: i)).MinBy(c => c.Distance);
        return best.Distance <= piece.Size + (columns[best.Index].Right - columns[best.Index].Left) / 2 ? best.Index : -1;
    }

    /// <summary>
    /// Label pieces into units: by label column (where the pieces start), top to bottom. A piece level with a row of
    /// figures (within half a line) belongs to that row's label; a piece with an item number, after a gap, or level with
    /// another row than the unit's starts a unit (rows printed without space between them: 规章 | 0 0 0 right above
    /// 规范性文件 | 10 5 101). A piece level with no row goes on the unit above, unless it mirrors a piece of the row
    /// below about that row's figures: a cell's text is centred on its figures, so the first line of a label of three
    /// stands as far above them as its last below.
    /// </summary>
    private static List<Unit> Units(List<Piece> labels, List<double> figureMiddles, double pitch)
    {
        int? LevelWith(Piece piece)
        {
            if (figureMiddles.Count == 0) return null;
            var nearest = figureMiddles.Select((m, i) => (Distance: Math.Abs(m - piece.Middle), Index: i)).MinBy(m => m.Distance);
            return nearest.Distance <= 0.65 * pitch ? nearest.Index : null;
        }
        var units = new List<Unit>();
        foreach (var column in LabelColumns(labels))
        {
            var pieces = column.OrderByDescending(p => p.Top).ToList();
            var levels = pieces.Select(LevelWith).ToList();
            Unit? open = null;
            int? openLevel = null;
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var gap = open is null ? double.MaxValue : open.Bottom - piece.Top;
                var level = levels[i];
                var startsNext = level is null && MirrorsBelow(pieces, levels, i, figureMiddles, pitch) is { } below && below != openLevel;
                // a label whose bracket is still open goes on, whatever figures its next line stands level with
                var goesOn = open is not null && LabelNormalizer.LeftOpen(open.Text);
                // a group label printed a character a line (三 / 、 / 本 / 年 …) right under a row's label is a label of its own
                var verticalStarts = open is not null && open.Pieces[^1].Text.Length > 2 && i + 2 < pieces.Count
                                     && pieces.Skip(i).Take(3).All(p => p.Text.Length <= 2);
                if (open is null || LabelNormalizer.StartsNumbered(piece.Text) || gap > 0.8 * piece.Size || verticalStarts
                    || (!goesOn && ((level is not null && openLevel is not null && level != openLevel) || startsNext)))
                {
                    open = new Unit(piece);
                    openLevel = level;
                    units.Add(open);
                }
                else
                {
                    open.Pieces.Add(piece);
                    openLevel ??= level;
                }
            }
        }
        return units;
    }

    /// <summary>
    /// The row of figures below a piece that the piece's label is centred on: the next piece level with a row, whose
    /// column holds a piece as far below that row's figures as this one is above; null when there is none.
    /// </summary>
    private static int? MirrorsBelow(List<Piece> pieces, List<int?> levels, int index, List<double> figureMiddles, double pitch)
    {
        var next = Enumerable.Range(index + 1, pieces.Count - index - 1).FirstOrDefault(j => levels[j] is not null, -1);
        // a label begins with its item number: a piece above a numbered one is no line of that label
        if (next < 0 || pieces.Skip(index + 1).Take(next - index).Any(p => LabelNormalizer.StartsNumbered(p.Text))) return null;
        var row = levels[next]!.Value;
        var mirror = 2 * figureMiddles[row] - pieces[index].Middle;
        return pieces.Skip(next).Any(p => Math.Abs(p.Middle - mirror) <= 0.3 * pitch) ? row : null;
    }

    /// <summary>Label pieces grouped by where they start: pieces starting within a glyph of each other are one label column.</summary>
    private static IEnumerable<List<Piece>> LabelColumns(List<Piece> labels)
    {
        var columns = new List<List<Piece>>();
        foreach (var piece in labels.OrderBy(p => p.Left))
        {
            if (columns.Count > 0 && piece.Left - columns[^1][0].Left <= piece.Size * 0.6) columns[^1].Add(piece);
            else columns.Add([piece]);
        }
        return columns;
    }

    /// <summary>
    /// The rows, top to bottom: each row of figures with the label units beside it (the rightmost its item, a unit
    /// being one row's item only); each unit beside no figures and with nothing to its right, a row printed blank.
    /// </summary>
    private static IEnumerable<Row> Rows(List<FigureRow> figureRows, List<Unit> units, double pitch)
    {
        figureRows = JoinComplementary(JoinStacked(figureRows, units), units, pitch);
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
        // A line of figures without a label right under or over a figure of a line that fills its column: figures stacked
        // over lines in narrow columns whose label stands beside another line, or rows whose labels are lost. Which figure
        // is whose cannot be told: the unlabelled line is doubtful, and the other line's touching columns.
        var widest = Enumerable.Range(0, figureRows.Count == 0 ? 0 : figureRows[0].Cells.Length)
            .Select(c => figureRows.Select(r => r.Cells[c]).OfType<Piece>().Select(DigitWidth).DefaultIfEmpty(0).Max()).ToArray();
        for (var i = 0; i < figureRows.Count; i++)
            for (var j = i + 1; j < figureRows.Count; j++)
            {
                var (a, b) = (figureRows[i], figureRows[j]);
                var touching = TouchingColumns(a, b, widest).ToList();
                if (touching.Count == 0) continue;
                if (itemOf.ContainsKey(a) && itemOf.ContainsKey(b)) continue; // two labelled rows printed without space between them
                foreach (var (row, other) in new[] { (a, b), (b, a) })
                    if (!itemOf.ContainsKey(row)) row.DoubtAll();
                    else row.DoubtfulColumns.UnionWith(touching);
            }
        // A line of figures without a label within a row's height of a labelled row: where the labelled row has no figure in
        // a column the other fills, that figure may be its own (stacked over lines, centred between its label's lines), so
        // the cell is not known to be blank.
        foreach (var loose in figureRows.Where(r => !itemOf.ContainsKey(r)))
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

    /// <summary>The item labels a line of figures may belong to: units beside it with no other unit beside it further right.</summary>
    private static IEnumerable<Unit> ItemsBeside(FigureRow row, List<Unit> units) =>
        units.Where(unit => !unit.IsVertical && Beside(unit, row) && !units.Any(other => other.Left > unit.Left + 1 && !other.IsVertical && Beside(other, row)));

    /// <summary>
    /// Lines of figures beside one item label and no other are that item's figures, wrapped a digit or two a line where
    /// the columns are narrow (1 / 7 / 2 / 7 is 1727): one row, each column's parts read top to bottom when each stands
    /// right under the one before; a column whose parts do not is doubtful.
    /// </summary>
    private static List<FigureRow> JoinStacked(List<FigureRow> figureRows, List<Unit> units)
    {
        var joined = figureRows.ToList();
        var groups = figureRows.Select(r => (Row: r, Items: ItemsBeside(r, units).ToList())).Where(r => r.Items.Count == 1)
            .GroupBy(r => r.Items[0], r => r.Row).Select(g => g.OrderByDescending(r => r.Middle).ToList()).Where(g => g.Count > 1);
        foreach (var lines in groups)
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
                if (parts.Count > 1 && !(stacked && CellValueParser.IsNumber(text))) doubtful.Add(c);
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
        return IsDigits(upper) && EndsFigure(lower) && upper.Bottom - lower.Top <= 0.6 * upper.Size && DigitWidth(upper) >= widest[c] - 0.5;
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

    /// <summary>A row's cells: its labels right-aligned in the label columns (the item last), then a cell for every value column.</summary>
    private static IReadOnlyList<GridCell> RowCells(Row row, int index, List<(double Left, double Right, double Center)> columns, int labelWidth, int page)
    {
        var cells = new List<GridCell>();
        var first = labelWidth - row.Labels.Count;
        for (var l = 0; l < row.Labels.Count; l++)
        {
            var unit = row.Labels[l];
            cells.Add(Cell(index, first + l, unit.Text, new CellBox(unit.Left, unit.Bottom, unit.Pieces.Max(p => p.Right), unit.Top), page));
        }
        if (row.Labels.Count == 0) cells.Add(Cell(index, 0, "", new CellBox(columns[0].Left - 2, row.Middle - 1, columns[0].Left - 1, row.Middle + 1), page));
        for (var c = 0; c < columns.Count; c++)
        {
            var doubtful = row.Figures?.DoubtfulColumns.Contains(c) == true;
            if (row.Figures?.Cells[c] is { } figure) cells.Add(Cell(index, labelWidth + c, figure.Text, figure.Box, page) with { Doubtful = doubtful });
            else
            {
                var (bottom, top) = row.Figures is { } f ? (f.Bottom, f.Top) : (row.Middle - 1, row.Middle + 1);
                cells.Add(Cell(index, labelWidth + c, "", new CellBox(columns[c].Center - 1, bottom, columns[c].Center + 1, top), page) with { Doubtful = doubtful });
            }
        }
        return cells;
    }

    /// <summary>
    /// The header rows: per value column, its words from the lines above joined top to bottom (商业 / 企业); words
    /// spanning several columns (申请人情况, 法人或其他组织) a row of their own above; the text left of the columns one cell.
    /// </summary>
    private static IEnumerable<IReadOnlyList<GridCell>> HeaderRows(List<StreamLine> lines, HashSet<Piece> lifted, List<(double Left, double Right, double Center)> columns,
        double valueLeft, int labelWidth, int page)
    {
        if (lines.Count == 0) yield break;
        var pieces = lines.SelectMany(l => l.Pieces).Where(p => !lifted.Contains(p)).ToList();
        var label = pieces.Where(p => p.Center < valueLeft).OrderByDescending(p => p.Top).ToList();
        // header words of neighbouring narrow columns run together into one piece: apart again where a gap shows
        var over = pieces.Where(p => p.Center >= valueLeft).SelectMany(Words).ToList();
        var pitch = columns.Count > 1 ? (columns[^1].Center - columns[0].Center) / (columns.Count - 1) : double.MaxValue;
        var spanning = over.Where(p => p.Right - p.Left > 1.5 * pitch).OrderByDescending(p => p.Top).ToList();
        var labelBox = label.Count == 0 ? (CellBox?)null : new CellBox(label.Min(p => p.Left), label.Min(p => p.Bottom), label.Max(p => p.Right), label.Max(p => p.Top));
        var labelText = string.Concat(label.Select(p => p.Text));

        var row = 0;
        foreach (var wide in spanning)
        {
            var first = columns.FindIndex(c => c.Right >= wide.Left);
            var last = columns.FindLastIndex(c => c.Left <= wide.Right);
            if (first < 0 || last < first) continue;
            yield return [Cell(row, 0, labelText, labelBox, page) with { ColSpan = labelWidth }, Cell(row, labelWidth + first, wide.Text, wide.Box, page) with { ColSpan = last - first + 1 }];
            row++;
        }
        var words = columns.Select(_ => new List<Piece>()).ToArray();
        foreach (var piece in over.Except(spanning))
            foreach (var glyphs in SplitByColumn(piece, columns))
                words[glyphs.Column].Add(glyphs.Piece);
        var cells = new List<GridCell> { Cell(row, 0, labelText, labelBox, page) with { ColSpan = labelWidth } };
        for (var c = 0; c < columns.Count; c++)
        {
            var texts = words[c].OrderByDescending(p => p.Top).ToList();
            cells.Add(texts.Count == 0
                ? Cell(row, labelWidth + c, "", new CellBox(columns[c].Center - 1, lines[^1].Line.Bottom, columns[c].Center + 1, lines[0].Line.Top), page)
                : Cell(row, labelWidth + c, string.Concat(texts.Select(p => p.Text)),
                    new CellBox(texts.Min(p => p.Left), texts.Min(p => p.Bottom), texts.Max(p => p.Right), texts.Max(p => p.Top)), page));
        }
        yield return cells;
    }

    /// <summary>A piece split where a visible gap separates its glyphs (商业 科研 printed close over two narrow columns).</summary>
    private static IEnumerable<Piece> Words(Piece piece)
    {
        var word = new List<Glyph> { piece.Glyphs[0] };
        for (var i = 1; i < piece.Glyphs.Count; i++)
        {
            var (previous, glyph) = (piece.Glyphs[i - 1], piece.Glyphs[i]);
            if (glyph.Left - previous.Right > 0.3 * Math.Max(glyph.Size, previous.Size))
            {
                yield return new Piece(word);
                word = [];
            }
            word.Add(glyph);
        }
        yield return new Piece(word);
    }

    /// <summary>A header piece's glyphs by the column each stands over (a line of header words close together is one piece).</summary>
    private static IEnumerable<(int Column, Piece Piece)> SplitByColumn(Piece piece, List<(double Left, double Right, double Center)> columns)
    {
        var bounds = columns.Select((c, i) => i + 1 < columns.Count ? (c.Center + columns[i + 1].Center) / 2 : double.MaxValue).ToList();
        return piece.Glyphs.GroupBy(g => bounds.FindIndex(b => g.CenterX < b)).Where(g => g.Key >= 0)
            .Select(g => (g.Key, new Piece([.. g])));
    }

    private static GridCell Cell(int row, int col, string text, CellBox? box, int page)
    {
        var b = box ?? new CellBox(0, 0, 0, 0);
        return new GridCell(row, col, text, Locator(page, b.Left, b.Bottom, b.Right, b.Top), Page: page) { Box = box };
    }

    private static string Locator(int page, double left, double bottom, double right, double top) => TextLines.Locator(page, left, bottom, right, top);
}
