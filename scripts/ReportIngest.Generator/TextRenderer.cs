using System.Text;
using ReportIngest.Generator.Variations;

namespace ReportIngest.Generator;

/// <summary>
/// The report as plain text, like a Word document saved as text: headings and paragraphs as lines, tables as
/// tab-separated rows with the Word grid's empty fields kept (section 二 is one grid with 第二十条第(X)项 sub-header
/// rows). The variations of text conversions: <see cref="Variation.WrappedRows"/> (a long label wraps, its figures
/// end the second line), <see cref="Variation.PageNumbers"/> (a page number between two rows),
/// <see cref="Variation.BrokenHeaders"/> (header words over two lines), <see cref="Variation.SpaceAligned"/>
/// (columns aligned with spaces, as a layout-preserving PDF-to-text conversion prints them, CJK characters two wide),
/// <see cref="Variation.LayoutText"/> (as <c>pdftotext -layout</c> prints a narrow label column: labels wrapped around
/// their figures, a character a column), which takes the place of the others' rows.
/// </summary>
public static class TextRenderer
{
    public static string Render(SyntheticReport report, CellFormatter formatter)
    {
        var text = new StringBuilder();
        var style = report.Style;
        Paragraph(text, ReportProse.Title(report));
        Paragraph(text, ReportProse.Preamble(report));

        Heading(text, ReportProse.Heading(report, ReportProse.Overview));
        foreach (var paragraph in ReportProse.OverviewParagraphs(report))
            Paragraph(text, paragraph);

        Heading(text, ReportProse.Heading(report, ReportProse.Proactive));
        var proactive = new List<string[]>();
        foreach (var table in ReportLayout.ProactiveTables(report))
        {
            proactive.Add([ReportLayout.ArticleHeader(report, table).Replace('（', '(').Replace('）', ')')]);
            proactive.AddRange(ReportLayout.ProactiveRows(report, table, formatter));
        }
        Grid(text, style, proactive, headerRows: 0);

        Heading(text, ReportProse.Heading(report, ReportProse.Requests));
        var header = ReportLayout.RequestHeaderGrid(report);
        Grid(text, style, [.. header, .. ReportLayout.RequestRows(report, formatter)], header.Length);

        Heading(text, ReportProse.Heading(report, ReportProse.ReviewLitigation));
        foreach (var review in ReportLayout.ReviewTables(report, formatter))
            Grid(text, style, ReportLayout.Expand(review), review.Length - 1);

        Heading(text, ReportProse.Heading(report, ReportProse.Problems));
        Paragraph(text, ReportProse.ProblemsParagraph(report));
        Heading(text, ReportProse.Heading(report, ReportProse.Other));
        Paragraph(text, ReportProse.OtherParagraph(report));
        Paragraph(text, report.Agency);
        text.Append(ReportProse.SignatureDate(report)).Append('\n');
        var plain = text.ToString();
        return style.Has(Variation.Traditional) ? TraditionalScript.Convert(plain, style.TaiwanPhrases) : plain;
    }

    private static void Heading(StringBuilder text, string? heading)
    {
        if (heading is not null)
            Paragraph(text, heading);
    }

    private static void Paragraph(StringBuilder text, string line) => text.Append(line).Append("\n\n");

    /// <summary>Tab-separated rows, each padded with empty fields to the grid's width; or space-aligned
    /// columns.</summary>
    private static void Grid(StringBuilder text, PrintStyle style, IReadOnlyList<string[]> rows, int headerRows)
    {
        var width = rows.Max(r => r.Length);
        var lines = new List<string[]>();
        foreach (
            var (row, index) in rows.Select((r, i) => (r.Concat(Enumerable.Repeat("", width - r.Length)).ToArray(), i))
        )
        {
            if (index < headerRows)
                lines.AddRange(style.Has(Variation.BrokenHeaders) ? TextRows.Broken(row) : [row]);
            else
                lines.AddRange(TextRows.TextLines(style, row));
        }
        var printed =
            style.Has(Variation.LayoutText)
                ? LaidOutText.Lines(
                    [.. rows.Select(r => r.Concat(Enumerable.Repeat("", width - r.Length)).ToArray())],
                    headerRows
                )
            : style.Has(Variation.SpaceAligned) ? SpaceAligned(lines)
            : lines.Select(l => string.Join('\t', l)).ToList();
        var pageBreak = style.Has(Variation.PageNumbers) && printed.Count > 10 ? printed.Count * 2 / 3 : -1;
        for (var i = 0; i < printed.Count; i++)
        {
            if (i == pageBreak)
                text.Append('\n').Append(TextRows.PageNumber(style)).Append("\n\n");
            text.Append(printed[i]).Append('\n');
        }
        text.Append('\n');
    }

    /// <summary>Columns padded with spaces to a common display width (a CJK character counts two), two spaces between
    /// them.</summary>
    private static List<string> SpaceAligned(List<string[]> lines)
    {
        var columns = lines.Max(l => l.Length);
        var widths = Enumerable
            .Range(0, columns)
            .Select(c => lines.Max(l => c < l.Length && !Spans(l, c) ? DisplayWidth(l[c]) : 0))
            .ToArray();
        return lines
            .Select(line =>
            {
                var sb = new StringBuilder();
                for (var c = 0; c < line.Length; c++)
                {
                    sb.Append(line[c]);
                    if (c < line.Length - 1)
                        sb.Append(' ', Math.Max(widths[c] - DisplayWidth(line[c]), 0) + 2);
                }
                return sb.ToString().TrimEnd();
            })
            .ToList();
    }

    /// <summary>A cell whose text runs on over the empty cells after it (a sub-header, a note): it sets no column
    /// width.</summary>
    private static bool Spans(string[] line, int column) =>
        line.Skip(column + 1).All(t => t.Length == 0) && line.Count(t => t.Length > 0) == 1 && column == 0;

    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);
}
