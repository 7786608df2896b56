using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace ReportIngest.Reporting;

/// <summary>Small inline SVG charts: horizontal bars (one value a row) and stacked shares (parts of 100% a
/// row).</summary>
internal static class Svg
{
    private const int LabelWidth = 260;
    private const int BarWidth = 520;
    private const int RowHeight = 22;

    public static string Bars(string title, IReadOnlyList<(string Label, int Value, string Colour)> rows)
    {
        var max = Math.Max(1, rows.Select(r => r.Value).DefaultIfEmpty(0).Max());
        var svg = Start(title, rows.Count);
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var y = 24 + i * RowHeight;
            var width = row.Value * BarWidth / max;
            svg.Append(Text(LabelWidth - 8, y + 15, row.Label, "end"));
            svg.Append(
                $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{RowHeight - 6}\" fill=\"{row.Colour}\"><title>{HtmlEncode(row.Label)}: {row.Value}</title></rect>"
            );
            svg.Append(Text(LabelWidth + width + 6, y + 15, row.Value.ToString(CultureInfo.InvariantCulture), "start"));
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Shares(
        string title,
        IReadOnlyList<string> parts,
        IReadOnlyList<string> colours,
        IReadOnlyList<(string Label, decimal[] Values)> rows
    )
    {
        var svg = Start(title, rows.Count + 1);
        for (var p = 0; p < parts.Count; p++)
        {
            var x = LabelWidth + p * (BarWidth / parts.Count);
            svg.Append($"<rect x=\"{x}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{colours[p]}\"/>")
                .Append(Text(x + 14, 17, parts[p], "start"));
        }
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var y = 24 + (i + 1) * RowHeight;
            var total = row.Values.Sum();
            svg.Append(Text(LabelWidth - 8, y + 15, row.Label, "end"));
            if (total <= 0)
                continue;
            var x = (decimal)LabelWidth;
            for (var p = 0; p < parts.Count; p++)
            {
                var width = row.Values[p] / total * BarWidth;
                svg.Append(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"<rect x=\"{x:0.##}\" y=\"{y + 3}\" width=\"{width:0.##}\" height=\"{RowHeight - 6}\" fill=\"{colours[p]}\"><title>{HtmlEncode(row.Label)}: {parts[p]} {row.Values[p]:0.##} of {total:0.##}</title></rect>"
                    )
                );
                x += width;
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Start(string title, int rows) =>
        new(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + 60}\" height=\"{32 + rows * RowHeight}\" font-size=\"12\"><title>{HtmlEncode(title)}</title>"
        );

    private static string Text(decimal x, int y, string text, string anchor) =>
        $"<text x=\"{x.ToString("0.##", CultureInfo.InvariantCulture)}\" y=\"{y}\" text-anchor=\"{anchor}\">{HtmlEncode(text.Length > 36 ? text[..35] + "…" : text)}</text>";
}
