using ReportIngest.Text;

namespace ReportIngest.Generator.Variations;

/// <summary>
/// A table as a PDF converted to text with its layout kept prints it (<c>pdftotext -layout</c> of a PDF whose label
/// column is narrow, <see cref="Variation.LayoutText"/>): columns counted a character each, whatever its width; each
/// label wrapped over lines in its column; the row's figures in columns of their own on the middle line of the label's
/// lines, or on a line of their own between its pieces when they are even. Header rows are printed on one line, but
/// section 二's, whose words stand over their figures' columns.
/// </summary>
public static class LaidOutText
{
    private const int LabelStride = 16;
    private const int FigureStride = 9;

    public static List<string> Lines(IReadOnlyList<string[]> rows, int headerRows)
    {
        var dataRows = rows.Skip(headerRows).Where(r => FirstFigure(r) >= 0).ToList();
        var labelColumns = dataRows.Count == 0 ? 0 : dataRows.Min(FirstFigure);
        var figuresAt = labelColumns == 0 ? 0 : LabelStride * (labelColumns - 1) + 20;
        var lines = new List<string>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var first = FirstFigure(row);
            var labels = (first < 0 ? row : row[..Math.Min(first, labelColumns)])
                .Reverse()
                .SkipWhile(t => t.Length == 0)
                .Reverse()
                .ToList();
            var figures =
                first < 0
                    ? []
                    : row.Skip(labelColumns)
                        .Select((t, k) => (Column: figuresAt + FigureStride * k, Text: t))
                        .Where(f => f.Text.Length > 0)
                        .ToList();
            if (first < 0 && row[0] == "信息内容")
                lines.Add(row.Skip(1).Select((t, k) => (figuresAt + FigureStride * k, t)).Aggregate(row[0], Put));
            else if (index < headerRows || labels.Count == 0 && figures.Count == 0 || labels.Count > labelColumns)
                lines.Add(string.Join("   ", row.Where(t => t.Length > 0)));
            else
                lines.AddRange(Wrapped(labels, figures, labelColumns));
        }
        return lines;
    }

    private static IEnumerable<string> Wrapped(
        List<string> labels,
        List<(int Column, string Text)> figures,
        int columns
    )
    {
        if (labels.Count == 0)
            return [figures.Aggregate("", Put)];
        var pieces = labels
            .Select(
                (l, j) => l.Length == 0 ? [""] : l.Chunk(j == columns - 1 ? 9 : 7).Select(c => new string(c)).ToList()
            )
            .ToList();
        var height = pieces.Max(p => p.Count);
        var lines = Enumerable
            .Range(0, height)
            .Select(k => pieces.Select((p, j) => (LabelStride * j, k < p.Count ? p[k] : "")).Aggregate("", Put))
            .ToList();
        if (figures.Count > 0)
        {
            if (height % 2 == 0)
                lines.Insert(height / 2, figures.Aggregate("", Put));
            else
                lines[height / 2] = figures.Aggregate(lines[height / 2], Put);
        }
        return lines.Select(l => l.TrimEnd());
    }

    /// <summary>The index of a row's first figure or placeholder, or -1.</summary>
    private static int FirstFigure(string[] row) =>
        Array.FindIndex(row, t => t.Length > 0 && CellValueParser.IsValueOrPlaceholder(t));

    /// <summary>The line with the text placed at its column (a character each), at least one space after what is
    /// there.</summary>
    private static string Put(string line, (int Column, string Text) cell) =>
        cell.Text.Length == 0
            ? line
            : line + new string(' ', Math.Max(line.Length > 0 ? 1 : 0, cell.Column - line.Length)) + cell.Text;
}
