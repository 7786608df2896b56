using System.Globalization;
using System.Text;
using ReportIngest.Evidence;
using ReportIngest.Storage;
using static System.Net.WebUtility;

namespace ReportIngest.Reporting;

/// <summary>
/// The audit report's summary: reports by year and template, findings by rule and severity, a chart of findings per
/// rule and a chart of how requests were answered in each report (section 三's outcomes).
/// </summary>
internal static class AuditSummary
{
    private static readonly string[] OutcomeParts =
    [
        "granted",
        "partly",
        "withheld",
        "unavailable",
        "declined",
        "other",
    ];
    private static readonly string[] OutcomeColours =
    [
        "#2e7d32",
        "#81c784",
        "#c62828",
        "#ef6c00",
        "#6a1b9a",
        "#9e9e9e",
    ];

    internal static void Write(
        StringBuilder html,
        List<ReportRow> reports,
        List<FindingRow> findings,
        Dictionary<long, Dictionary<string, FactRow>> facts
    )
    {
        html.Append(
            "<h2>Summary</h2><div class=\"summary\"><table class=\"counts\"><caption>Reports by year and template</caption><tr><th>year</th>"
        );
        var templates = reports.Select(r => r.Template).Distinct().Order().ToList();
        foreach (var t in templates)
            html.Append($"<th>{HtmlEncode(t)}</th>");
        html.Append("</tr>");
        foreach (var year in reports.GroupBy(r => r.ReportYear).OrderBy(g => g.Key))
        {
            html.Append($"<tr><td>{year.Key?.ToString(CultureInfo.InvariantCulture) ?? "?"}</td>");
            foreach (var t in templates)
                html.Append($"<td>{year.Count(r => r.Template == t)}</td>");
            html.Append("</tr>");
        }
        html.Append(
            "</table><table class=\"counts\"><caption>Findings by rule and severity</caption><tr><th>rule</th><th>error</th><th>warning</th><th>info</th></tr>"
        );
        foreach (var rule in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key))
            html.Append(
                $"<tr><td>{HtmlEncode(rule.Key)}</td><td>{rule.Count(f => f.SeverityLevel == Severity.Error)}</td><td>{rule.Count(f => f.SeverityLevel == Severity.Warning)}</td><td>{rule.Count(f => f.Severity == "info")}</td></tr>"
            );
        html.Append("</table></div>");

        var byRule = findings
            .Where(f => f.SeverityLevel != Severity.Info)
            .GroupBy(f => f.Rule)
            .OrderByDescending(g => g.Count())
            .Select(g => (g.Key, g.Count(), g.Any(f => f.SeverityLevel == Severity.Error) ? "#c62828" : "#ef6c00"))
            .ToList();
        html.Append("<figure>")
            .Append(Svg.Bars("Findings per rule (errors and warnings)", byRule))
            .Append("<figcaption>Findings per rule (errors and warnings)</figcaption></figure>");

        var outcomes = reports
            .Where(r => facts.ContainsKey(r.ReportId))
            .Select(r => (Label: $"{r.Agency ?? r.Document} {r.ReportYear}", Values: Outcomes(facts[r.ReportId])))
            .Where(r => r.Values.Sum() > 0)
            .Take(60)
            .ToList();
        if (outcomes.Count > 0)
            html.Append("<figure>")
                .Append(
                    Svg.Shares(
                        "How requests were answered (section 三, 总计 column)",
                        OutcomeParts,
                        OutcomeColours,
                        outcomes
                    )
                )
                .Append(
                    "<figcaption>How requests were answered, share of each outcome per report (section 三, 总计 column)</figcaption></figure>"
                );
    }

    /// <summary>Section 三 outcomes in the 总计 column, grouped: granted, partly granted, withheld, unavailable, declined,
    /// other.</summary>
    private static decimal[] Outcomes(Dictionary<string, FactRow> facts)
    {
        decimal Sum(Func<string, bool> row) =>
            facts
                .Values.Where(f => f.Table == "s3" && f.Col == "total" && row(f.Row) && f.Status == "value")
                .Sum(f => StoredValues.ToDecimal(f.Value) ?? 0);
        var hasOtherTotal = facts.ContainsKey("s3.res_other.total");
        return
        [
            Sum(r => r == "res_granted"),
            Sum(r => r == "res_partial"),
            Sum(r => r.StartsWith("res_withheld_", StringComparison.Ordinal)),
            Sum(r => r.StartsWith("res_unavailable_", StringComparison.Ordinal)),
            Sum(r => r.StartsWith("res_declined_", StringComparison.Ordinal)),
            Sum(r => hasOtherTotal ? r == "res_other" : r.StartsWith("res_other_", StringComparison.Ordinal)),
        ];
    }
}
