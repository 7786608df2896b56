using System.Text;

namespace ReportIngest.Generator;

/// <summary>
/// The report as plain text, like a Word document saved as text: headings and paragraphs as lines, tables as
/// tab-separated rows with the Word grid's empty fields kept (section 二 is one grid with 第二十条第(X)项 sub-header rows).
/// </summary>
public static class TextRenderer
{
    public static string Render(SyntheticReport report, CellFormatter formatter)
    {
        var text = new StringBuilder();
        Paragraph(text, ReportProse.Title(report));
        Paragraph(text, ReportProse.Preamble(report));

        Paragraph(text, ReportProse.Overview);
        foreach (var paragraph in ReportProse.OverviewParagraphs(report)) Paragraph(text, paragraph);

        Paragraph(text, ReportProse.Proactive);
        var proactive = new List<string[]>();
        foreach (var table in ReportLayout.ProactiveTables(report))
        {
            proactive.Add([$"第二十条第({ReportLayout.ArticleItem(table)})项"]);
            proactive.AddRange(ReportLayout.ProactiveRows(report, table, formatter));
        }
        Grid(text, proactive);

        Paragraph(text, ReportProse.Requests);
        Grid(text, [.. ReportLayout.RequestHeaderGrid(report), .. ReportLayout.RequestRows(report, formatter)]);

        Paragraph(text, ReportProse.ReviewLitigation);
        Grid(text, [.. ReportLayout.ReviewHeaderGrid(), ReportLayout.ReviewValues(report, formatter)]);

        Paragraph(text, ReportProse.Problems);
        Paragraph(text, ReportProse.ProblemsParagraph(report));
        Paragraph(text, ReportProse.Other);
        Paragraph(text, ReportProse.OtherParagraph(report));
        Paragraph(text, report.Agency);
        text.Append(ReportProse.SignatureDate(report)).Append('\n');
        return text.ToString();
    }

    private static void Paragraph(StringBuilder text, string line) => text.Append(line).Append("\n\n");

    /// <summary>Tab-separated rows, each padded with empty fields to the grid's width.</summary>
    private static void Grid(StringBuilder text, IReadOnlyList<string[]> rows)
    {
        var width = rows.Max(r => r.Length);
        foreach (var row in rows)
            text.Append(string.Join('\t', row.Concat(Enumerable.Repeat("", width - row.Length)))).Append('\n');
        text.Append('\n');
    }
}
