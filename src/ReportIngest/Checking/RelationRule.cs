using System.Globalization;
using ReportIngest.Evidence;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>
/// Evaluates the arithmetic relations of the template version each table was read in. Blank and placeholder
/// cells keep their status and count as 0; a strict identity failing on explicit values is the filer's error,
/// failing only through blanks a warning; a failure touching unreadable, missing or doubtful cells is the parser's,
/// and so is one that a plausible misreading of a PDF explains (<see cref="ShiftedValue"/>, <see cref="SplitNumber"/>).
/// </summary>
public sealed class RelationRule : IReportRule
{
    public IEnumerable<Finding> Evaluate(ReportFacts report)
    {
        foreach (var version in report.TableVersions.Values.Distinct())
        {
            foreach (var relation in TemplateCatalog.Get(version).Relations)
            {
                foreach (var instance in relation.Instances)
                {
                    if (!instance.Tables.All(t => report.TableVersions.TryGetValue(t, out var v) && v == version))
                        continue;
                    if (EvaluateInstance(relation, instance, report) is { } finding)
                        yield return finding;
                }
            }
        }
    }

    private static Finding? EvaluateInstance(RelationDefinition relation, RelationInstance instance, ReportFacts report)
    {
        var keys = instance.Cells;
        if (instance.PrintedOnly.Any(k => report.Get(k) is null))
            return null; // a column this layout does not print
        var (left, leftPresent, leftUnread) = Sum(instance.Left, report);
        var (right, rightPresent, rightUnread) = Sum(instance.Right, report);
        if (!leftPresent && !rightPresent)
            return null; // the rows are absent: reported as structure, not arithmetic
        if (!leftUnread && !rightUnread && left == right)
            return null;
        var unknown = keys.Where(k => report.Get(k) is not { } f || f.Status == CellStatus.Unreadable).ToList();

        var expression = Expression(instance, report);
        if (unknown.Count > 0)
            return new Finding(
                relation.RuleId,
                Severity.Info,
                FindingStatus.Uncertain,
                instance.Scope,
                expression,
                null,
                null,
                Attribution.Parser,
                $"cannot be decided: {string.Join(", ", unknown)} {(unknown.Count == 1 ? "was" : "were")} not read",
                keys
            );

        var imputed = keys.Where(k => report.Get(k)!.Status is CellStatus.Blank or CellStatus.Placeholder).ToList();
        var doubtful = keys.Where(report.DoubtfulCells.Contains).ToList();
        if (doubtful.Count > 0)
            return new Finding(
                relation.RuleId,
                Severity.Warning,
                FindingStatus.Fail,
                instance.Scope,
                expression,
                left,
                right,
                Attribution.Parser,
                $"fails, but {string.Join(", ", doubtful)} come from a row with a structural problem: our reading is in doubt",
                keys
            );
        if (ShiftedValue.Explains(instance, report) is { } shift)
            return new Finding(
                relation.RuleId,
                Severity.Warning,
                FindingStatus.Fail,
                instance.Scope,
                expression,
                left,
                right,
                Attribution.Parser,
                $"fails, but every relation through these cells would hold if {shift}: the PDF's layout may have put it one column off, our reading is in doubt",
                keys
            );
        if (imputed.Count > 0 || relation.Kind == RelationKind.Expected)
            return new Finding(
                relation.RuleId,
                Severity.Warning,
                FindingStatus.Fail,
                instance.Scope,
                expression,
                left,
                right,
                Attribution.Filer,
                imputed.Count > 0
                    ? $"fails only with blank cells counted as 0 ({string.Join(", ", imputed)})"
                    : $"expected relation fails: {relation.Description}",
                keys
            );
        if (SplitNumber.Explains(instance, report, left, right) is { } split)
            return new Finding(
                relation.RuleId,
                Severity.Warning,
                FindingStatus.Fail,
                instance.Scope,
                expression,
                left,
                right,
                Attribution.Parser,
                $"fails, but would hold if {split} were one number split in two by the PDF's spacing: our reading is in doubt",
                keys
            );
        return new Finding(
            relation.RuleId,
            Severity.Error,
            FindingStatus.Fail,
            instance.Scope,
            expression,
            left,
            right,
            Attribution.Filer,
            $"{relation.Description}: {Format(left)} ≠ {Format(right)}",
            keys
        );
    }

    /// <summary>The sum of the cells' values (blanks and placeholders count as 0), whether any of them was read,
    /// whether any was not.</summary>
    private static (decimal Sum, bool Present, bool Unread) Sum(IReadOnlyList<string> keys, ReportFacts report)
    {
        var sum = 0m;
        var present = false;
        var unread = false;
        foreach (var key in keys)
        {
            var fact = report.Get(key);
            present |= fact is not null;
            unread |= fact is null || fact.Status == CellStatus.Unreadable;
            if (fact is { Status: CellStatus.Value, Value: { } v })
                sum += v;
        }
        return (sum, present, unread);
    }

    private static string Expression(RelationInstance instance, ReportFacts report)
    {
        string Side(IEnumerable<string> keys) => string.Join(" + ", keys.Select(k => $"{k}[{Shown(report.Get(k))}]"));
        return $"{Side(instance.Left)} = {Side(instance.Right)}";
    }

    private static string Shown(Fact? fact) =>
        fact switch
        {
            null => "missing",
            { Status: CellStatus.Value, Value: { } v } => Format(v),
            { Status: CellStatus.Blank } => "blank→0",
            { Status: CellStatus.Placeholder } => $"'{fact.Raw}'→0",
            _ => "unreadable",
        };

    internal static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
