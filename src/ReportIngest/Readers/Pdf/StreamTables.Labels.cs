using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>The labels of a table without rulings, read as units: an item number or a gap starts one, its wrapped lines
/// continue it.</summary>
internal static partial class StreamTables
{
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
            .Where(g => g > 0)
            .Order()
            .ToList();
        return gaps.Count > 0 ? gaps[gaps.Count / 2] : 1.5 * labels.Select(l => l.Size).DefaultIfEmpty(10).Max();
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

        /// <summary>Printed one character a line down a merged cell (三、本年度办理结果): a group label, never an
        /// item.</summary>
        public bool IsVertical => Pieces.Count >= 3 && Pieces.All(p => p.Text.Length <= 2);
    }

    /// <summary>
    /// Label pieces into units: by label column (where the pieces start), top to bottom. A piece level with a row of
    /// figures (within half a line) belongs to that row's label; a piece with an item number, after a gap, or level
    /// with another row than the unit's starts a unit (rows printed without space between them: 规章 | 0 0 0 right above
    /// 规范性文件 | 10 5 101). A piece level with no row goes on the unit above, unless it mirrors a piece of the row below
    /// about that row's figures: a cell's text is centred on its figures, so the first line of a label of three stands
    /// as far above them as its last below (not where the cells are set at their top: <paramref name="alignment"/>).
    /// </summary>
    private static List<Unit> Units(
        List<Piece> labels,
        List<double> figureMiddles,
        double pitch,
        CellAlignment alignment
    )
    {
        // lines of figures whose middles all but meet are one row's (0 over 件 beside 0 0 0 centred between them): one
        // level
        var rowOf = Enumerable.Range(0, figureMiddles.Count).ToArray();
        var byHeight = Enumerable.Range(0, figureMiddles.Count).OrderByDescending(i => figureMiddles[i]).ToList();
        for (var k = 1; k < byHeight.Count; k++)
            if (figureMiddles[byHeight[k - 1]] - figureMiddles[byHeight[k]] <= 0.1 * pitch)
                rowOf[byHeight[k]] = rowOf[byHeight[k - 1]];
        int? LevelWith(Piece piece)
        {
            if (figureMiddles.Count == 0)
                return null;
            var nearest = figureMiddles
                .Select((m, i) => (Distance: Math.Abs(m - piece.Middle), Index: i))
                .MinBy(m => m.Distance);
            return nearest.Distance <= 0.65 * pitch ? rowOf[nearest.Index] : null;
        }
        var units = new List<Unit>();
        var levelOf = new Dictionary<Piece, int?>();
        var labelColumns = LabelColumns(labels).ToList();
        for (var k = 0; k < labelColumns.Count; k++)
        {
            var pieces = labelColumns[k].OrderByDescending(p => p.Top).ToList();
            var levels = pieces.Select(LevelWith).ToList();
            // where this column's lines wrap: its widest line, or the next label column where that starts first
            var wrapsAt = Math.Min(
                pieces.Max(p => p.Right),
                k + 1 < labelColumns.Count ? labelColumns[k + 1].Min(p => p.Left) : double.MaxValue
            );
            Unit? open = null;
            int? openLevel = null;
            var openVertical = false;
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var gap = open is null ? double.MaxValue : open.Bottom - piece.Top;
                var level = levels[i];
                var startsNext =
                    level is null
                    && alignment == CellAlignment.Centred
                    && MirrorsBelow(pieces, levels, i, figureMiddles, pitch) is { } below
                    && below != openLevel;
                // a label whose bracket is still open goes on, whatever figures its next line stands level with; so
                // does an item's label whose line runs to where the column wraps, into an unnumbered line with no label
                // right of it (1.信访举报投诉类申 | 13 … over 请 | 5 …, its cells set at their top: 135; not 二、上年结转… over 三 |
                // （一）予以公开)
                var goesOn =
                    open is not null
                    && (
                        LabelNormalizer.LeftOpen(open.Text)
                        || (
                            LabelNormalizer.StartsNumbered(open.Pieces[0].Text)
                            && open.Pieces[^1].Right >= wrapsAt - piece.Size
                            && !labels.Any(o => o.Left > piece.Right && o.Bottom < piece.Top && piece.Bottom < o.Top)
                        )
                    );
                // a group label printed a character a line (三 / 、 / 本 / 年 …) right under a row's label is a label of
                // its own, also where the table's page ends after its first two (wrapping leaves only a label's last
                // line short)
                var rest = pieces.Skip(i).Take(3).ToList();
                var verticalStarts =
                    open is not null
                    && open.Pieces[^1].Text.Length > 2
                    && rest.All(p => p.Text.Length <= 2)
                    && (rest.Count == 3 || (rest.Count == 2 && i + 2 == pieces.Count));
                // text wraps only where its line is full: a line that ends short of the column's right edge ended its
                // label (规章, a row printed blank, right above 行政规范性文件 in rows printed without space); not so a group
                // label printed a character or two a line
                var endedShort =
                    open is not null
                    && !goesOn
                    && open.Pieces[^1].Right < wrapsAt - 2.5 * piece.Size
                    && !(open.Pieces[^1].Text.Length <= 2 && piece.Text.Length <= 2);
                // a label printed a character a line goes on down its lines, whatever figures each line stands level
                // with (its second character too where it was begun as one, its page ending there: 三 over 、 at a page's
                // foot)
                var goesDown =
                    open is not null
                    && open.Pieces.All(p => p.Text.Length <= 2)
                    && piece.Text.Length <= 2
                    && (
                        open.Pieces.Count >= 2
                        || openVertical
                        || (
                            i + 1 < pieces.Count
                            && pieces[i + 1].Text.Length <= 2
                            && piece.Bottom - pieces[i + 1].Top <= 0.8 * piece.Size
                        )
                    );
                // a label's next line with both lines half a line off the figures' lines is no row of its own: figures
                // of one line and of two or three centred on a label of two lines (1.本机关不掌握相关 / 政府信息 beside ５ / ９ / １
                // and ４ / １, or ２ / ４ / ５ and ２ / ５ beside ４) stand level with neither of its lines; rows printed
                // without space print their figures level with their labels
                bool HalfOff(Piece p, int? row) => row is { } r && Math.Abs(p.Middle - figureMiddles[r]) > 0.3 * pitch;
                var betweenRows = open is not null && HalfOff(piece, level) && HalfOff(open.Pieces[^1], openLevel);
                // or level with the lines of figures of two lines (０ / 件) while figures of one line stand midway
                // between them (１ beside 1.本机关不掌握相关 / 政府信息): one row's cells centred on its label
                var straddled =
                    level is { } lower
                    && openLevel is { } upper
                    && figureMiddles[upper] - figureMiddles[lower] <= 1.25 * pitch
                    && figureMiddles.Any(m =>
                        Math.Abs(m - (figureMiddles[upper] + figureMiddles[lower]) / 2) <= 0.15 * pitch
                    );
                if (
                    open is null
                    || LabelNormalizer.StartsNumbered(piece.Text)
                    || gap > 0.8 * piece.Size
                    || verticalStarts
                    || endedShort
                    || (
                        !goesOn
                        && !goesDown
                        && (
                            (
                                level is not null
                                && openLevel is not null
                                && level != openLevel
                                && !betweenRows
                                && !straddled
                            ) || startsNext
                        )
                    )
                )
                {
                    open = new Unit(piece);
                    openLevel = level;
                    openVertical = verticalStarts;
                    units.Add(open);
                }
                else
                {
                    open.Pieces.Add(piece);
                    openLevel ??= level;
                }
            }
            foreach (var (piece, level) in pieces.Zip(levels))
                levelOf[piece] = level;
        }
        SplitBlankRowsAbove(units, levelOf, figureMiddles, pitch);
        return units;
    }

    /// <summary>
    /// An item's unit of two lines, the first level with no figures and the second right level with a row's: two rows,
    /// the first printed blank (行政处罚 over 行政强制 | 0). A label wrapped over two lines has its figures beside its
    /// first line or centred between them (a cell's text stands at its top or in its middle), never beside its last
    /// line alone. A line left open goes on (（…只 over 计这一情形）); a group label (labels to its right beside it) is
    /// centred on its group's rows, not on figures.
    /// </summary>
    private static void SplitBlankRowsAbove(
        List<Unit> units,
        Dictionary<Piece, int?> levelOf,
        List<double> figureMiddles,
        double pitch
    )
    {
        for (var u = 0; u < units.Count; u++)
            if (
                units[u].Pieces is [var first, var last]
                && levelOf[first] is null
                && levelOf[last] is { } row
                && Math.Abs(last.Middle - figureMiddles[row]) <= 0.25 * pitch
                && !LabelNormalizer.LeftOpen(first.Text)
                && !units.Any(other => other.Left > units[u].Left + 1 && Overlaps(other, units[u]))
            )
            {
                units[u] = new Unit(first);
                units.Insert(u + 1, new Unit(last));
            }
    }

    /// <summary>
    /// The row of figures below a piece that the piece's label is centred on: the next piece level with a row, whose
    /// column holds a piece as far below that row's figures as this one is above; null when there is none.
    /// </summary>
    private static int? MirrorsBelow(
        List<Piece> pieces,
        List<int?> levels,
        int index,
        List<double> figureMiddles,
        double pitch
    )
    {
        var next = Enumerable.Range(index + 1, pieces.Count - index - 1).FirstOrDefault(j => levels[j] is not null, -1);
        // a label begins with its item number: a piece above a numbered one is no line of that label
        if (next < 0 || pieces.Skip(index + 1).Take(next - index).Any(p => LabelNormalizer.StartsNumbered(p.Text)))
            return null;
        var row = levels[next]!.Value;
        var mirror = 2 * figureMiddles[row] - pieces[index].Middle;
        return pieces.Skip(next).Any(p => Math.Abs(p.Middle - mirror) <= 0.3 * pitch) ? row : null;
    }

    /// <summary>Label pieces grouped by where they start: pieces starting within a glyph of each other are one label
    /// column.</summary>
    private static IEnumerable<List<Piece>> LabelColumns(List<Piece> labels)
    {
        var columns = new List<List<Piece>>();
        foreach (var piece in labels.OrderBy(p => p.Left))
        {
            if (columns.Count > 0 && piece.Left - columns[^1][0].Left <= piece.Size * 0.6)
                columns[^1].Add(piece);
            else
                columns.Add([piece]);
        }
        return columns;
    }
}
