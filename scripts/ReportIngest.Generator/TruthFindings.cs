using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Evaluates the arithmetic of template.md §5 on a report's final figures: a blank counts as 0; a failing relation is
/// an error, or a warning when a blank is involved. The relations are written out here again, from the spec, on
/// purpose:
/// the template's relation definitions are what the checker under test runs, and truth derived from them could not
/// catch a mistake in them.
/// </summary>
public static class TruthFindings
{
    private static readonly string[] Applicants =
    [
        "natural_person",
        "commercial",
        "research",
        "public_welfare",
        "legal_service",
        "other_org",
    ];
    private static readonly string[] ReviewGroups = ["review", "suit_direct", "suit_after_review"];

    public static IReadOnlyList<ExpectedFinding> Evaluate(SyntheticReport report) =>
        [
            .. Subtotals(report),
            .. from relation in Relations(report)
            let left = Sum(report, relation.Left)
            let right = Sum(report, relation.Right)
            where left != right
            let blankInvolved = relation.Left.Concat(relation.Right).Any(k => report.Cells[k] is null)
            select new ExpectedFinding(
                relation.Rule,
                relation.Scope,
                blankInvolved ? "warning" : "error",
                Note(relation.Left, left, right)
            ),
        ];

    private sealed record Relation(string Rule, string Scope, string[] Left, string[] Right);

    /// <summary>§5.1 (section 三, per column and per row) and §5.2 (section 四, per group), for either template
    /// version.</summary>
    private static IEnumerable<Relation> Relations(SyntheticReport report)
    {
        static string S3(string row, string col) => $"s3.{row}.{col}";
        // every 办理结果 item is a row of its own whose code starts res_ (their number differs between the versions)
        var results = report
            .Cells.Keys.Select(k => k.Split('.'))
            .Where(k => k[0] == "s3" && k[1].StartsWith("res_", StringComparison.Ordinal) && k[1] != "res_total")
            .Select(k => k[1])
            .Distinct()
            .ToArray();
        foreach (var col in Applicants.Append("total"))
            yield return new Relation(
                "R3-BAL",
                col,
                [S3("new_received", col), S3("carried_in", col)],
                [S3("res_total", col), S3("carried_out", col)]
            );
        foreach (var col in Applicants.Append("total"))
            yield return new Relation("R3-RES", col, [S3("res_total", col)], [.. results.Select(r => S3(r, col))]);
        foreach (
            var row in report.Cells.Keys.Select(k => k.Split('.')).Where(k => k[0] == "s3").Select(k => k[1]).Distinct()
        )
            yield return new Relation("R3-ROW", row, [S3(row, "total")], [.. Applicants.Select(c => S3(row, c))]);
        foreach (var group in ReviewGroups)
            yield return new Relation(
                "R4-SUM",
                group,
                [$"s4.cases.{group}_total"],
                [
                    $"s4.cases.{group}_upheld",
                    $"s4.cases.{group}_corrected",
                    $"s4.cases.{group}_other",
                    $"s4.cases.{group}_pending",
                ]
            );
    }

    private static decimal Sum(SyntheticReport report, IEnumerable<string> keys) => keys.Sum(k => report.Cells[k] ?? 0);

    /// <summary>R3-SUBTOTAL (template.md §5.1), where the report prints a 小计 column: 小计 = the five organisation
    /// columns, per row.</summary>
    private static IEnumerable<ExpectedFinding> Subtotals(SyntheticReport report)
    {
        string[] organisations = ["commercial", "research", "public_welfare", "legal_service", "other_org"];
        foreach (
            var (key, printed) in report.Extras.Where(e =>
                e.Key.EndsWith("." + ReportLayout.SubtotalColumn, StringComparison.Ordinal)
            )
        )
        {
            var row = CellKey.Split(key).Row;
            var parts = organisations.Select(c => report["s3", row, c]).ToList();
            var sum = parts.Sum(v => v ?? 0);
            if ((printed ?? 0) == sum)
                continue;
            var blank = printed is null || parts.Any(v => v is null);
            yield return new ExpectedFinding(
                "R3-SUBTOTAL",
                row,
                blank ? "warning" : "error",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key} = {printed ?? 0}, but the five organisation columns sum to {sum}"
                )
            );
        }
    }

    private static string Note(IEnumerable<string> left, decimal leftSum, decimal rightSum) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{string.Join(" + ", left)} = {leftSum}, but the other side sums to {rightSum}"
        );
}
