using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Evaluates the template's relations on a report's final figures with its own arithmetic (independent of the code
/// under test): a blank counts as 0; a failing strict instance is an error, or a warning when a blank is involved.
/// </summary>
public static class TruthFindings
{
    public static IReadOnlyList<ExpectedFinding> Evaluate(SyntheticReport report) =>
    [
        .. Subtotals(report),
        .. from relation in report.Template.Relations
           from instance in relation.Instances
           where instance.PrintedOnly.Count == 0 // R3-SUBTOTAL: evaluated below on the printed 小计 column
           let left = Sum(report, instance.Left)
           let right = Sum(report, instance.Right)
           where left != right
           let blankInvolved = instance.Left.Concat(instance.Right).Any(k => report.Cells[k] is null)
           let severity = relation.Kind == RelationKind.Strict && !blankInvolved ? "error" : "warning"
           select new ExpectedFinding(relation.RuleId, instance.Scope, severity, Note(instance, left, right)),
    ];

    private static decimal Sum(SyntheticReport report, IEnumerable<string> keys) => keys.Sum(k => report.Cells[k] ?? 0);

    /// <summary>R3-SUBTOTAL (template.md §5.1), where the report prints a 小计 column: 小计 = the five organisation columns, per row.</summary>
    private static IEnumerable<ExpectedFinding> Subtotals(SyntheticReport report)
    {
        string[] organisations = ["commercial", "research", "public_welfare", "legal_service", "other_org"];
        foreach (var (key, printed) in report.Extras.Where(e => e.Key.EndsWith("." + ReportLayout.SubtotalColumn, StringComparison.Ordinal)))
        {
            var row = CellKey.Split(key).Row;
            var parts = organisations.Select(c => report["s3", row, c]).ToList();
            var sum = parts.Sum(v => v ?? 0);
            if ((printed ?? 0) == sum) continue;
            var blank = printed is null || parts.Any(v => v is null);
            yield return new ExpectedFinding("R3-SUBTOTAL", row, blank ? "warning" : "error",
                string.Create(CultureInfo.InvariantCulture, $"{key} = {printed ?? 0}, but the five organisation columns sum to {sum}"));
        }
    }

    private static string Note(RelationInstance instance, decimal left, decimal right) =>
        string.Create(CultureInfo.InvariantCulture, $"{string.Join(" + ", instance.Left)} = {left}, but the other side sums to {right}");
}
