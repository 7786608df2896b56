using System.Text;

namespace ReportIngest.Generator;

/// <summary>The report as Markdown: ATX headings, one pipe table per section 二 sub-table, one each for 三 and 四.</summary>
public static class MarkdownRenderer
{
    public static string Render(SyntheticReport report, CellFormatter formatter)
    {
        var text = new StringBuilder();
        Paragraph(text, $"# {ReportProse.Title(report)}");
        Paragraph(text, ReportProse.Preamble(report));

        Paragraph(text, $"## {ReportProse.Overview}");
        foreach (var paragraph in ReportProse.OverviewParagraphs(report)) Paragraph(text, paragraph);

        Paragraph(text, $"## {ReportProse.Proactive}");
        foreach (var table in ReportLayout.ProactiveTables(report))
        {
            Paragraph(text, $"第二十条第（{ReportLayout.ArticleItem(table)}）项");
            Table(text, ReportLayout.ProactiveRows(report, table, formatter).ToList());
        }

        Paragraph(text, $"## {ReportProse.Requests}");
        Table(text, [ReportLayout.RequestHeaderRow(report), .. ReportLayout.RequestRows(report, formatter)]);

        Paragraph(text, $"## {ReportProse.ReviewLitigation}");
        Table(text, [.. ReportLayout.ReviewHeaderTwoRows(), ReportLayout.ReviewValues(report, formatter)]);

        Paragraph(text, $"## {ReportProse.Problems}");
        Paragraph(text, ReportProse.ProblemsParagraph(report));
        Paragraph(text, $"## {ReportProse.Other}");
        Paragraph(text, ReportProse.OtherParagraph(report));
        Paragraph(text, report.Agency);
        text.Append(ReportProse.SignatureDate(report)).Append('\n');
        return text.ToString();
    }

    private static void Paragraph(StringBuilder text, string line) => text.Append(line).Append("\n\n");

    /// <summary>A pipe table: the first row is the header; a blank cell prints as <c>|  |</c>.</summary>
    private static void Table(StringBuilder text, IReadOnlyList<string[]> rows)
    {
        Row(text, rows[0]);
        Row(text, rows[0].Select(_ => "---"));
        foreach (var row in rows.Skip(1)) Row(text, row);
        text.Append('\n');
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
