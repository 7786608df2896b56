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
        .. from relation in report.Template.Relations
           from instance in relation.Instances
           let left = Sum(report, instance.Left)
           let right = Sum(report, instance.Right)
           where left != right
           let blankInvolved = instance.Left.Concat(instance.Right).Any(k => report.Cells[k] is null)
           let severity = relation.Kind == RelationKind.Strict && !blankInvolved ? "error" : "warning"
           select new ExpectedFinding(relation.RuleId, instance.Scope, severity, Note(instance, left, right)),
    ];

    private static decimal Sum(SyntheticReport report, IEnumerable<string> keys) => keys.Sum(k => report.Cells[k] ?? 0);

    private static string Note(RelationInstance instance, decimal left, decimal right) =>
        string.Create(CultureInfo.InvariantCulture, $"{string.Join(" + ", instance.Left)} = {left}, but the other side sums to {right}");
}
