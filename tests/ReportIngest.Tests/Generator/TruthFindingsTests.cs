using ReportIngest.Generator;
using ReportIngest.Templates;

namespace ReportIngest.Tests.Generator;

/// <summary>
/// The generator's truth: the arithmetic of template.md §5 stated again, independently of the template's relation
/// definitions the checker runs. A consistent report has no finding; one changed cell, exactly the relations it is in.
/// </summary>
public class TruthFindingsTests
{
    [Theory]
    [InlineData(TemplateVersion.Gov2019)]
    [InlineData(TemplateVersion.Gov2021)]
    public void A_consistent_report_has_no_truth_finding_and_one_changed_cell_fails_exactly_its_relations(
        TemplateVersion version
    )
    {
        var report = new ReportFactory(new Random(7)).Create(version, large: true);
        Assert.Empty(TruthFindings.Evaluate(report));

        report["s3", "carried_out", "research"] = (report["s3", "carried_out", "research"] ?? 0) + 5;
        report["s4", "cases", "review_total"] = 0m == report["s4", "cases", "review_total"] ? 1 : 0;

        var findings = TruthFindings.Evaluate(report).Select(f => $"{f.Rule}/{f.Scope}/{f.Severity}").Order().ToList();

        // carried_out.research sits in R3-BAL (its column) and R3-ROW (its row); review_total in R4-SUM (its group)
        Assert.Equal(["R3-BAL/research/error", "R3-ROW/carried_out/error", "R4-SUM/review/error"], findings);
    }

    [Fact]
    public void A_failing_relation_with_a_blank_in_it_is_a_warning()
    {
        var report = new ReportFactory(new Random(11)).Create(TemplateVersion.Gov2021, large: false);
        report["s4", "cases", "suit_direct_upheld"] = null;
        report["s4", "cases", "suit_direct_total"] = (report["s4", "cases", "suit_direct_total"] ?? 0) + 1;

        Assert.Equal(
            ["R4-SUM/suit_direct/warning"],
            TruthFindings.Evaluate(report).Select(f => $"{f.Rule}/{f.Scope}/{f.Severity}")
        );
    }
}
