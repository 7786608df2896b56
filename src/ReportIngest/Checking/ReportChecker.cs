using ReportIngest.Evidence;
using ReportIngest.Extraction;

namespace ReportIngest.Checking;

/// <summary>Runs the in-report rules and turns structural issues into S-STRUCT findings.</summary>
public sealed class ReportChecker(IReadOnlyList<IReportRule> rules)
{
    public static ReportChecker Default { get; } = new([new RelationRule(), new IntegerRule(), new NarrativeRule()]);

    public IReadOnlyList<Finding> Check(ReportFacts report) => rules.SelectMany(r => r.Evaluate(report)).ToList();

    public static Finding ToFinding(StructuralIssue issue) =>
        new(
            Finding.StructuralRule,
            issue.Severity,
            issue.Severity == Severity.Info ? FindingStatus.Uncertain : FindingStatus.Fail,
            issue.Scope,
            issue.Locator.IsKnown ? $"at {issue.Locator}" : "",
            null,
            null,
            issue.AttributedTo,
            issue.Message,
            issue.Cells
        );

    /// <summary>Cells of rows whose structural issue casts doubt on how they were read.</summary>
    public static IEnumerable<string> DoubtfulCells(IEnumerable<Finding> structural) =>
        structural.Where(f => Finding.CastsDoubt(f.Rule, f.Severity)).SelectMany(f => f.Cells);
}
