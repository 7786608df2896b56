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
/// <item>The value columns are where the figures line up; a row that prints nothing in a column gets a blank
/// there.</item>
/// <item>The labels are read as units: in each label column, a unit starts with its item number (一、 （二） 3.) or after
/// a gap and goes on over its wrapped lines. A row of figures takes the rightmost unit beside it as its own label
/// (the item), the units further left as its group labels (（三）不予公开, 三、本年度办理结果 printed one character a
/// line); a unit with no figures beside it is a row printed blank.</item>
/// </list>
/// Figures are never moved between rows by counting: a row is what stands beside its label.
/// </summary>
internal static partial class StreamTables
{
    /// <summary>Lines further apart than this many glyph sizes are not one table.</summary>
    private const double MaxLineGap = 3.2;

    /// <summary>
    /// The lines of a page, top to bottom: tables as grids, the other lines as they are. Each item with its top. The
    /// lines at the previous page's foot stand above the page's first line, where only a header may take them
    /// (<see cref="PageFoot.Taken"/>); those not taken stay on their own page.
    /// </summary>
    public static List<(double Top, object Item)> Arrange(
        List<GlyphLine> lines,
        int page,
        ProducerStyle style,
        PageFoot? previousFoot = null
    )
    {
        var raised = previousFoot is { Lines.Count: > 0 } && lines.Count > 0 ? Raise(previousFoot, lines[0]) : null;
        var carried = raised?.Lines.Count ?? 0;
        var parsed = (raised?.Lines ?? [])
            .Concat(lines)
            .Select((l, i) => new StreamLine(l) { Carried = i < carried })
            .ToList();
        var result = new List<(double Top, object Item)>();
        var used = new bool[parsed.Count];
        for (var i = carried; i < parsed.Count; i++)
        {
            if (used[i] || !parsed[i].StartsTable)
                continue;
            var region = Region(parsed, i, used);
            if (region is null)
                continue;
            foreach (var index in region.Value.Lines)
                used[index] = true;
            var grid = Layout(
                region.Value.Lines.Select(index => parsed[index]).ToList(),
                region.Value.HeaderCount,
                page,
                raised,
                style
            );
            if (grid is not null)
                result.Add((parsed[region.Value.Lines.First(index => index >= carried)].Line.Top, new GridBlock(grid)));
            else
                foreach (var index in region.Value.Lines)
                    used[index] = false;
        }
        for (var i = 0; i < carried; i++)
            if (used[i])
                previousFoot!.Taken.Add(i);
        for (var i = carried; i < parsed.Count; i++)
            if (!used[i])
                result.Add((parsed[i].Line.Top, parsed[i].Line));
        return result;
    }

    /// <summary>
    /// The previous page's foot lines moved up to stand right above this page's first line, a line's spacing apart, so
    /// that a header begun there reads on into this page's lines; where they came from, to locate their text.
    /// </summary>
    private sealed record RaisedFoot(List<GlyphLine> Lines, int Page, double Shift)
    {
        /// <summary>Text whose bottom is above this came from the previous page.</summary>
        public double Floor => Lines[^1].Bottom - 0.01;

        public CellBox Lowered(CellBox box) => new(box.Left, box.Bottom - Shift, box.Right, box.Top - Shift);
    }

    private static RaisedFoot Raise(PageFoot foot, GlyphLine firstLine)
    {
        var last = foot.Lines[^1].Line;
        var shift = firstLine.Top + 0.4 * last.Glyphs.Max(g => g.Size) - last.Bottom;
        var lines = foot
            .Lines.Select(f => new GlyphLine([.. f.Line.Glyphs.Select(g => g with { Baseline = g.Baseline + shift })]))
            .ToList();
        return new RaisedFoot(lines, foot.Page, shift);
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

        /// <summary>A line of the previous page's foot (<see cref="RaisedFoot"/>): it may be a header line, never a
        /// row.</summary>
        public bool Carried { get; init; }

        /// <summary>Figures stand in it the way a table row prints them: two or more, or after a label.</summary>
        public bool StartsTable { get; }

        public double Size => Line.Glyphs.Max(g => g.Size);
    }

    /// <summary>A chunk of a line: its glyphs, text and box.</summary>
    private sealed class Piece(List<Glyph> glyphs)
    {
        public List<Glyph> Glyphs { get; } = glyphs;

        /// <summary>The text when it is not the glyphs' left-to-right reading (a figure stacked over lines reads top to
        /// bottom).</summary>
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

    /// <summary>The grid of a table's lines: header rows, then one row per label unit or row of figures, top to
    /// bottom.</summary>
    private static Grid? Layout(
        List<StreamLine> lines,
        int headerCount,
        int page,
        RaisedFoot? raised,
        ProducerStyle style
    )
    {
        var bodyLines = lines.Skip(headerCount).ToList();
        var figurePieces = bodyLines.SelectMany(FiguresOf).ToList();
        var columns = Columns(figurePieces);
        if (columns.Count == 0)
            return null;
        var valueLeft = columns[0].Left - figurePieces.Max(f => f.Size) / 2;
        columns = WithHeadedBlankColumns(
            columns,
            lines
                .Take(headerCount)
                .SelectMany(l => l.Pieces)
                .Where(p => p.Center >= valueLeft)
                .SelectMany(Words)
                .ToList()
        );

        var valuesByLine = new List<List<Piece>>();
        var labelsByLine = new List<List<Piece>>();
        foreach (var line in bodyLines)
        {
            var values = line
                .Pieces.Where(p => (p.IsFigure || IsFigureHead(p) || IsGarbled(p)) && p.Center >= valueLeft)
                .ToList();
            // a unit wrapped under its figure (0 / 件) ends that figure; a unit under no figure says its cell is not
            // blank
            foreach (var unit in line.Pieces.Where(p => p.Center >= valueLeft && IsUnit(p)))
            {
                var ended = false;
                for (var above = valuesByLine.Count - 1; above >= 0 && !ended; above--)
                    if (valuesByLine[above].FindIndex(f => Above(f, unit)) is var index and >= 0)
                    {
                        var figure = valuesByLine[above][index];
                        valuesByLine[above][index] = new Piece([.. figure.Glyphs, .. unit.Glyphs])
                        {
                            Override = figure.Text + unit.Text,
                        };
                        ended = true;
                    }
                if (
                    !ended
                    && Nearest(columns, unit) is var column and >= 0
                    && !values.Any(v => Nearest(columns, v) == column)
                )
                    values.Add(unit);
            }
            valuesByLine.Add(values);
            labelsByLine.Add(
                line.Pieces.Where(p =>
                        !(p.Center >= valueLeft && (p.IsFigure || IsFigureHead(p) || IsUnit(p) || IsGarbled(p)))
                    )
                    .ToList()
            );
        }
        var pitch = Pitch(labelsByLine.SelectMany(l => l).ToList());
        var figureRows = FigureRows(valuesByLine, labelsByLine, columns);
        if (figureRows is null)
            return null;
        // read as centred first; a table whose labels show its cells set at their top, or that shows nothing in a
        // document whose tables did, is read again so
        var lifted = LiftedLabels(lines.Take(headerCount).ToList(), labelsByLine, valuesByLine, valueLeft, pitch);
        var labels = labelsByLine.SelectMany(l => l).Concat(lifted).ToList();
        var units = Units(
            labels,
            [.. RowLevels(figureRows, CellAlignment.Centred)],
            Pitch(labels),
            CellAlignment.Centred
        );
        if (LearnAlignment(figureRows, units, pitch) is { } shown)
            style.Alignment = shown;
        else if (style.Alignment is null)
            style.AlignmentAssumed = true;
        var alignment = style.Alignment ?? CellAlignment.Centred;
        if (alignment == CellAlignment.Top)
        {
            lifted = [];
            labels = [.. labelsByLine.SelectMany(l => l)];
            units = Units(labels, [.. RowLevels(figureRows, alignment)], Pitch(labels), alignment);
        }
        var rows = Rows(figureRows, units, pitch, headed: headerCount > 0, alignment).ToList();
        DoubtFiguresBegunInHeader(
            rows,
            lines.Take(headerCount).SelectMany(l => l.Line.Glyphs).Where(g => g.Text.Any(char.IsDigit)).ToList()
        );
        var labelWidth = Math.Max(1, rows.Max(r => r.Labels.Count));
        var grid = new List<IReadOnlyList<GridCell>>();
        foreach (
            var headerRow in HeaderRows(
                lines.Take(headerCount).ToList(),
                lifted,
                columns,
                valueLeft,
                labelWidth,
                page,
                raised
            )
        )
            grid.Add(headerRow);
        foreach (var row in rows)
            grid.Add(RowCells(row, grid.Count, columns, labelWidth, page));
        return new Grid(grid);
    }

    /// <summary>
    /// Header lines that are the first row's label begun above its figures: a label line above the first figures that
    /// mirrors one below them (a label wrapped and centred on its figures).
    /// </summary>
    private static HashSet<Piece> LiftedLabels(
        List<StreamLine> headerLines,
        List<List<Piece>> labelsByLine,
        List<List<Piece>> valuesByLine,
        double valueLeft,
        double pitch
    )
    {
        var firstFigures = valuesByLine.FirstOrDefault(v => v.Count > 0);
        var firstMiddle = firstFigures?.Average(p => p.Middle) ?? double.MaxValue;
        var bodyLabels = labelsByLine.SelectMany(l => l).ToList();
        return headerLines
            .Where(l => !l.Carried)
            .SelectMany(l => l.Pieces)
            .Where(p =>
                p.Center < valueLeft
                && p.Middle > firstMiddle
                && p.Middle - firstMiddle <= 1.2 * pitch
                && bodyLabels.Any(b =>
                    Math.Abs(b.Middle - (2 * firstMiddle - p.Middle)) <= 0.3 * pitch
                    && Math.Abs(b.Left - p.Left) <= 2 * p.Size
                )
            )
            .ToHashSet();
    }
}
