using System.Globalization;

namespace ReportIngest.Generator.Variations;

/// <summary>
/// How conversions to Markdown and plain text break a table's rows, shared by both renderers: header words broken
/// over two rows, labels detached from their figures, long labels wrapped, page numbers between rows.
/// </summary>
public static class TextRows
{
    /// <summary>Labels longer than this (without numbering) wrap in <see cref="Variation.WrappedRows"/>.</summary>
    private const int WrapLength = 14;

    /// <summary>
    /// A header row as printed with <see cref="Variation.BrokenHeaders"/>: every header text of four or more
    /// characters broken in two, its first part in this row and the rest in the same column of a second row.
    /// </summary>
    public static IEnumerable<string[]> Broken(string[] row)
    {
        var top = row.ToArray();
        var bottom = new string[row.Length];
        Array.Fill(bottom, "");
        for (var i = 0; i < row.Length; i++)
        {
            var text = row[i];
            if (text.Length < 4 || text.Length > 12)
                continue;
            var cut = (text.Length + 1) / 2;
            (top[i], bottom[i]) = (text[..cut], text[cut..]);
        }
        yield return top;
        if (bottom.Any(t => t.Length > 0))
            yield return bottom;
    }

    /// <summary>
    /// The printed rows of one table row: as it is; or, with <see cref="Variation.DetachedLabels"/>, its labels on a
    /// row of their own and its figures on the next; or, with <see cref="Variation.WrappedRows"/>, a long label's end
    /// on a row of its own below the figures.
    /// </summary>
    public static IEnumerable<string[]> Printed(PrintStyle style, string[] row)
    {
        var labelEnd = LabelEnd(row);
        var hasValues = row.Skip(labelEnd + 1).Any(c => c.Length > 0);
        if (labelEnd < 0 || !hasValues)
            return [row];
        if (style.Has(Variation.DetachedLabels) && style.Chance(0.4))
        {
            var labels = row.Select((c, i) => i <= labelEnd ? c : "").ToArray();
            var values = row.Select((c, i) => i <= labelEnd ? "" : c).ToArray();
            return [labels, values];
        }
        if (style.Has(Variation.WrappedRows) && Split(row[labelEnd]) is var (head, tail))
        {
            var first = row.ToArray();
            first[labelEnd] = head;
            var second = row.Select((_, i) => i == labelEnd ? tail : "").ToArray();
            return [first, second];
        }
        return [row];
    }

    /// <summary>
    /// The text lines of one row of a tab-separated table: with <see cref="Variation.WrappedRows"/> a long label
    /// wraps, its first part on a line of its own and its end on the line with the figures (as Word saves a table as
    /// text).
    /// </summary>
    public static IEnumerable<string[]> TextLines(PrintStyle style, string[] row)
    {
        var labelEnd = LabelEnd(row);
        if (!style.Has(Variation.WrappedRows) || labelEnd < 0 || Split(row[labelEnd]) is not var (head, tail))
            return [row];
        var first = row.Take(labelEnd + 1).Select((c, i) => i == labelEnd ? head : c).ToArray();
        var second = row.Select(
                (c, i) =>
                    i < labelEnd ? ""
                    : i == labelEnd ? tail
                    : c
            )
            .ToArray();
        return [first, second];
    }

    /// <summary>A page number as a page footer prints it.</summary>
    public static string PageNumber(PrintStyle style)
    {
        var n = (3 + style.Next(4)).ToString(CultureInfo.InvariantCulture);
        return style.Next(4) switch
        {
            0 => $"— {n} —",
            1 => $"- {n} -",
            2 => $"第{n}页",
            _ => n,
        };
    }

    /// <summary>The index of the last label cell before the first figure, or -1.</summary>
    private static int LabelEnd(string[] row)
    {
        var last = -1;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i].Length == 0)
                continue;
            if (IsFigure(row[i]))
                break;
            last = i;
        }
        return last;
    }

    private static bool IsFigure(string text) => ReportIngest.Text.CellValueParser.IsValueOrPlaceholder(text);

    private static (string Head, string Tail)? Split(string label)
    {
        if (label.Length <= WrapLength)
            return null;
        var cut = label.Length * 3 / 5;
        return (label[..cut], label[cut..]);
    }
}
