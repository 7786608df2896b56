using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>A line of a table without rulings: its label and value pieces, left to right.</summary>
internal sealed record StreamRow(List<List<Glyph>> Chunks, double Bottom, double Top);

/// <summary>
/// Tables without rulings (stream): a line whose pieces after the first, separated by wide gaps, include a figure or
/// a placeholder is a table row. The value columns are where the rows' figures line up: a row that prints nothing in
/// a blank cell gets the blank in the column it leaves empty, found by position on the page, never by counting. A row
/// whose pieces do not all fall on those columns is left as printed, piece by piece: extraction then places its values
/// only where their number or the header settles it, and otherwise reports them unreadable.
/// </summary>
internal static class StreamTables
{
    public static StreamRow? Row(GlyphLine line)
    {
        var chunks = TextLines.Chunks(line);
        return chunks.Count >= 2 && chunks.Skip(1).Any(c => CellValueParser.IsValueOrPlaceholder(TextLines.Join(c))) ? new StreamRow(chunks, line.Bottom, line.Top) : null;
    }

    /// <summary>
    /// A label wrapped over several lines prints its figures level with one of them; the other lines are text lines
    /// aligned with the label. A numbered line directly above a row whose label has no number begins that label; an
    /// unnumbered line between two rows, aligned with the label above, ends it.
    /// </summary>
    public static List<object> JoinWrappedLabels(List<object> items)
    {
        var result = new List<object>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is GlyphLine line && i + 1 < items.Count && items[i + 1] is StreamRow below
                && LabelNormalizer.StartsNumbered(line.Text) && !LabelNormalizer.StartsNumbered(Label(below)) && Aligned(line, below))
            {
                items[i + 1] = below with { Chunks = [[.. line.Glyphs, .. below.Chunks[0]], .. below.Chunks.Skip(1)] };
                continue;
            }
            if (items[i] is GlyphLine tail && result.Count > 0 && result[^1] is StreamRow above && i + 1 < items.Count && items[i + 1] is StreamRow
                && !LabelNormalizer.StartsNumbered(tail.Text) && Aligned(tail, above))
            {
                result[^1] = above with { Chunks = [[.. above.Chunks[0], .. tail.Glyphs], .. above.Chunks.Skip(1)] };
                continue;
            }
            result.Add(items[i]);
        }
        return result;
    }

    private static string Label(StreamRow row) => TextLines.Join(row.Chunks[0]);

    private static bool Aligned(GlyphLine line, StreamRow row) =>
        Math.Abs(line.Left - row.Chunks[0].Min(g => g.Left)) <= row.Chunks[0].Max(g => g.Size);

    public static Grid Grid(List<StreamRow> rows, int page)
    {
        var anchors = Anchors(rows);
        return new Grid(rows.Select((row, r) => (IReadOnlyList<GridCell>)Cells(row, r, anchors, page)).ToList());
    }

    private static List<GridCell> Cells(StreamRow row, int r, List<double> anchors, int page)
    {
        var sequential = row.Chunks.Select((c, col) => Cell(c, r, col, page)).ToList();
        var values = row.Chunks.Skip(1).ToList();
        if (anchors.Count == 0 || !values.All(c => CellValueParser.IsValueOrPlaceholder(TextLines.Join(c)))) return sequential;

        var columns = values.Select(c => NearestAnchor(anchors, Center(c), Tolerance(c))).ToList();
        if (columns.Any(c => c is null) || columns.Distinct().Count() != columns.Count) return sequential;
        var cells = new List<GridCell> { sequential[0] };
        for (var a = 0; a < anchors.Count; a++)
        {
            var index = columns.IndexOf(a);
            cells.Add(index >= 0 ? Cell(values[index], r, a + 1, page)
                : new GridCell(r, a + 1, "", TextLines.Locator(page, anchors[a] - 1, row.Bottom, anchors[a] + 1, row.Top), Page: page)
                    { Box = new CellBox(anchors[a] - 1, row.Bottom, anchors[a] + 1, row.Top) });
        }
        return cells;
    }

    /// <summary>The centres where the rows' value pieces line up, left to right.</summary>
    private static List<double> Anchors(List<StreamRow> rows)
    {
        var centres = rows.Where(r => r.Chunks.Skip(1).All(c => CellValueParser.IsValueOrPlaceholder(TextLines.Join(c))))
            .SelectMany(r => r.Chunks.Skip(1).Select(c => (Center: Center(c), Tolerance: Tolerance(c)))).OrderBy(c => c.Center).ToList();
        var anchors = new List<(double Sum, int Count, double Tolerance)>();
        foreach (var (centre, tolerance) in centres)
        {
            if (anchors.Count > 0 && centre - anchors[^1].Sum / anchors[^1].Count <= tolerance)
                anchors[^1] = (anchors[^1].Sum + centre, anchors[^1].Count + 1, anchors[^1].Tolerance);
            else anchors.Add((centre, 1, tolerance));
        }
        return anchors.Select(a => a.Sum / a.Count).ToList();
    }

    private static int? NearestAnchor(List<double> anchors, double centre, double tolerance)
    {
        var best = anchors.Select((a, i) => (Distance: Math.Abs(a - centre), Index: i)).MinBy(a => a.Distance);
        return best.Distance <= tolerance ? best.Index : null;
    }

    private static double Center(List<Glyph> chunk) => (chunk.Min(g => g.Left) + chunk.Max(g => g.Right)) / 2;

    /// <summary>Figures centred in one column are this close: a glyph's size.</summary>
    private static double Tolerance(List<Glyph> chunk) => chunk.Max(g => g.Size);

    private static GridCell Cell(List<Glyph> chunk, int row, int col, int page)
    {
        var box = new CellBox(chunk.Min(g => g.Left), chunk.Min(g => g.Bottom), chunk.Max(g => g.Right), chunk.Max(g => g.Top));
        return new(row, col, TextLines.Join(chunk), TextLines.Locator(page, box.Left, box.Bottom, box.Right, box.Top), Page: page) { Box = box };
    }
}
