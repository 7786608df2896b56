using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers;

/// <summary>
/// Lays out a table aligned with spaces (as a layout-keeping PDF-to-text conversion prints it) by position, so a
/// blank cell stays a blank cell in its column instead of closing up: the value columns are where the figures of
/// the rows stand (overlapping spans are one column), the label columns where the labels left of them stand; every
/// row gets a cell for every column, empty where it prints nothing. A field is placed in the column it overlaps most.
/// </summary>
public static class AlignedColumns
{
    public static List<IReadOnlyList<GridCell>> Lay(
        IReadOnlyList<(IReadOnlyList<AlignedField> Fields, Locator Locator)> rows
    )
    {
        var numbered = rows.SelectMany((r, i) => r.Fields.Select(f => (Field: f, Row: i))).ToList();
        var figures = numbered.Where(f => CellValueParser.IsValueOrPlaceholder(f.Field.Text)).ToList();
        if (figures.Count == 0)
            return Sequential(rows);
        var valueColumns = Merge(figures);
        var firstValue = valueColumns[0].Start;
        var labelColumns = Merge(
            numbered.Where(f => f.Field.End <= firstValue && !CellValueParser.IsValueOrPlaceholder(f.Field.Text))
        );
        var columns = labelColumns.Concat(valueColumns).ToList();

        var grid = new List<IReadOnlyList<GridCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var (fields, locator) = rows[r];
            var placed = new Dictionary<int, GridCell>();
            foreach (var field in fields)
            {
                var (first, last) = Covered(columns, field);
                if (first < 0)
                    continue;
                var col = placed.ContainsKey(first)
                    ? Enumerable.Range(first, last - first + 1).FirstOrDefault(c => !placed.ContainsKey(c), -1)
                    : first;
                if (col < 0)
                    continue;
                placed[col] = new GridCell(r, col, field.Text, locator, ColSpan: Math.Max(1, last - col + 1))
                {
                    Basis = ColumnBasis.Alignment,
                };
            }
            // a field spread over columns stops where the row's next field stands
            foreach (var (col, cell) in placed.OrderBy(p => p.Key).ToList())
                if (
                    placed.Keys.Where(c => c > col).DefaultIfEmpty(int.MaxValue).Min() is var next
                    && col + cell.ColSpan > next
                )
                    placed[col] = cell with { ColSpan = next - col };
            var cells = new List<GridCell>();
            for (var c = 0; c < columns.Count; c++)
            {
                if (placed.TryGetValue(c, out var cell))
                {
                    cells.Add(cell);
                    c += cell.ColSpan - 1;
                }
                else
                    cells.Add(new GridCell(r, c, "", locator) { Basis = ColumnBasis.Alignment });
            }
            grid.Add(cells);
        }
        return grid;
    }

    /// <summary>
    /// How sharply the figures of the rows stand in columns: how many value columns they form, and the narrowest gap
    /// between two neighbouring ones (negative when a row's fields overlap another row's column).
    /// </summary>
    public static (int Columns, int NarrowestGap) Sharpness(IReadOnlyList<IReadOnlyList<AlignedField>> rows)
    {
        var columns = Merge(
            rows.SelectMany(
                (fields, i) =>
                    fields.Where(f => CellValueParser.IsValueOrPlaceholder(f.Text)).Select(f => (Field: f, Row: i))
            )
        );
        var gap =
            columns.Count < 2 ? int.MaxValue : columns.Zip(columns.Skip(1)).Min(p => p.Second.Start - p.First.End);
        return (columns.Count, gap);
    }

    /// <summary>
    /// Display width as a fixed-pitch font shows it: East Asian wide and full-width characters take two columns, and
    /// the characters of ambiguous width (quotes, ①, dashes) two when <paramref name="ambiguousWide"/>.
    /// </summary>
    public static int DisplayWidth(ReadOnlySpan<char> text, bool ambiguousWide = false)
    {
        var width = 0;
        foreach (var ch in text)
            width += IsWide(ch) || ambiguousWide && IsAmbiguousWidth(ch) ? 2 : 1;
        return width;
    }

    /// <summary>A character of Unicode's East Asian ambiguous width that reports print: ·, quotes, dashes, ※, ①, Ⅱ,
    /// ○.</summary>
    public static bool IsAmbiguousWidth(char ch) =>
        ch
            is '\u00B7'
                or '\u00A7'
                or '\u00B0'
                or '\u00D7'
                or '\u00F7'
                or >= '\u2010'
                and <= '\u203B'
                or >= '\u2160'
                and <= '\u217F'
                or >= '\u2460'
                and <= '\u24FF'
                or >= '\u25A0'
                and <= '\u25FF';

    private static bool IsWide(char ch) =>
        ch
            is >= '\u1100'
                and <= '\u115F'
                or >= '\u2E80'
                and <= '\uA4CF'
                or >= '\uAC00'
                and <= '\uD7A3'
                or >= '\uF900'
                and <= '\uFAFF'
                or >= '\uFE30'
                and <= '\uFE4F'
                or >= '\uFF00'
                and <= '\uFF60'
                or >= '\uFFE0'
                and <= '\uFFE6';

    /// <summary>
    /// Spans that overlap or nearly touch, joined: the columns, left to right. Two columns are at least two spaces
    /// apart (one space does not separate fields); a gap of one is a character counted one wide in one line and two in
    /// another (quotes, ① are wide in a CJK font, narrow elsewhere). Two fields of one row are never one column.
    /// </summary>
    private static List<(int Start, int End)> Merge(IEnumerable<(AlignedField Field, int Row)> fields)
    {
        var merged = new List<(int Start, int End, HashSet<int> Rows)>();
        foreach (var (field, row) in fields.OrderBy(f => f.Field.Start))
        {
            if (merged.Count > 0 && field.Start <= merged[^1].End + 1 && !merged[^1].Rows.Contains(row))
            {
                merged[^1].Rows.Add(row);
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, field.End), merged[^1].Rows);
            }
            else
                merged.Add((field.Start, field.End, [row]));
        }
        return merged.Select(m => (m.Start, m.End)).ToList();
    }

    /// <summary>The columns a field overlaps, first to last; the first is where most of it stands when it touches one
    /// only.</summary>
    private static (int First, int Last) Covered(List<(int Start, int End)> columns, AlignedField field)
    {
        var overlapping = columns
            .Select((c, i) => (Index: i, Overlap: Math.Min(c.End, field.End) - Math.Max(c.Start, field.Start)))
            .Where(o => o.Overlap > 0)
            .ToList();
        if (overlapping.Count == 0)
        {
            // A header word standing in the gap between columns: the nearest column.
            var nearest = columns
                .Select(
                    (c, i) =>
                        (Index: i, Distance: Math.Min(Math.Abs(c.Start - field.End), Math.Abs(field.Start - c.End)))
                )
                .MinBy(d => d.Distance);
            return (nearest.Index, nearest.Index);
        }
        if (overlapping.Count == 1)
            return (overlapping[0].Index, overlapping[0].Index);
        return (overlapping[0].Index, overlapping[^1].Index);
    }

    private static List<IReadOnlyList<GridCell>> Sequential(
        IReadOnlyList<(IReadOnlyList<AlignedField> Fields, Locator Locator)> rows
    ) =>
        rows.Select(
                (row, r) =>
                    (IReadOnlyList<GridCell>)
                        row
                            .Fields.Select(
                                (f, col) => new GridCell(r, col, f.Text, row.Locator) { Basis = ColumnBasis.Sequence }
                            )
                            .ToList()
            )
            .ToList();
}
