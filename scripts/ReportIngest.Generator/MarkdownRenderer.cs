using System.Text;
using ReportIngest.Generator.Variations;

namespace ReportIngest.Generator;

/// <summary>
/// The report as Markdown: ATX headings, one pipe table per section 二 sub-table, one each for 三 and 四. The
/// variations of conversions from PDF or Word: <see cref="Variation.DetachedLabels"/> (a label on a row of its
/// own, its figures on the next), <see cref="Variation.WrappedRows"/> (a long label's end on a row of its own below
/// its figures), <see cref="Variation.BrokenHeaders"/> (header words broken over two rows),
/// <see cref="Variation.PageNumbers"/> (a page number between two rows, the table going on after it).
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(SyntheticReport report, CellFormatter formatter)
    {
        var text = new StringBuilder();
        var style = report.Style;
        Paragraph(text, $"# {ReportProse.Title(report)}");
        Paragraph(text, ReportProse.Preamble(report));

        Heading(text, ReportProse.Heading(report, ReportProse.Overview));
        foreach (var paragraph in ReportProse.OverviewParagraphs(report))
            Paragraph(text, paragraph);

        Heading(text, ReportProse.Heading(report, ReportProse.Proactive));
        foreach (var table in ReportLayout.ProactiveTables(report))
        {
            Paragraph(text, ReportLayout.ArticleHeader(report, table));
            Table(text, style, ReportLayout.ProactiveRows(report, table, formatter).ToList(), headerRows: 1);
        }

        Heading(text, ReportProse.Heading(report, ReportProse.Requests));
        Table(
            text,
            style,
            [ReportLayout.RequestHeaderRow(report), .. ReportLayout.RequestRows(report, formatter)],
            headerRows: 1
        );

        Heading(text, ReportProse.Heading(report, ReportProse.ReviewLitigation));
        foreach (var review in ReportLayout.ReviewTables(report, formatter, twoHeaderRows: true))
            Table(text, style, ReportLayout.Expand(review), headerRows: review.Length - 1);

        Heading(text, ReportProse.Heading(report, ReportProse.Problems));
        Paragraph(text, ReportProse.ProblemsParagraph(report));
        Heading(text, ReportProse.Heading(report, ReportProse.Other));
        Paragraph(text, ReportProse.OtherParagraph(report));
        Paragraph(text, report.Agency);
        text.Append(ReportProse.SignatureDate(report)).Append('\n');
        var markdown = text.ToString();
        return style.Has(Variation.Traditional) ? TraditionalScript.Convert(markdown, style.TaiwanPhrases) : markdown;
    }

    private static void Heading(StringBuilder text, string? heading)
    {
        if (heading is not null)
            Paragraph(text, $"## {heading}");
    }

    private static void Paragraph(StringBuilder text, string line) => text.Append(line).Append("\n\n");

    /// <summary>A pipe table: the first row is the header; a blank cell prints as <c>|  |</c>.</summary>
    private static void Table(StringBuilder text, PrintStyle style, IReadOnlyList<string[]> rows, int headerRows)
    {
        var width = rows.Max(r => r.Length);
        var header = rows.Take(headerRows).ToList();
        if (style.Has(Variation.BrokenHeaders))
            header = [.. header.SelectMany(TextRows.Broken)];
        Row(text, header[0]);
        Row(text, Enumerable.Repeat("---", width));
        foreach (var row in header.Skip(1))
            Row(text, row);
        var body = rows.Skip(headerRows).ToList();
        var pageBreak = style.Has(Variation.PageNumbers) && body.Count > 8 ? body.Count / 2 : -1;
        for (var i = 0; i < body.Count; i++)
        {
            if (i == pageBreak)
            {
                // The converter ends the table at the page's end and starts a new one after the page number.
                text.Append('\n').Append(TextRows.PageNumber(style)).Append("\n\n");
                Row(text, body[i]);
                Row(text, Enumerable.Repeat("---", width));
                continue;
            }
            foreach (var line in TextRows.Printed(style, body[i]))
                Row(text, line);
        }
        text.Append('\n');
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
