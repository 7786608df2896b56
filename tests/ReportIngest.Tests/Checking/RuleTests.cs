using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;
using ExtractedFact = ReportIngest.Extraction.Fact;
using StructuralIssue = ReportIngest.Extraction.StructuralIssue;

namespace ReportIngest.Tests.Checking;

public class RuleTests
{
    /// <summary>A consistent gov2021 report in which every cell is 0 except the ones given.</summary>
    private static Dictionary<string, ExtractedFact> Consistent(params (string Key, decimal Value)[] values)
    {
        var facts = new Dictionary<string, ExtractedFact>();
        foreach (var table in Gov2021.Definition.Tables)
        foreach (var key in table.CellKeys())
        {
            var (t, r, c) = CellKey.Split(key);
            facts[key] = new ExtractedFact(
                t,
                r,
                c,
                0m,
                "0",
                CellStatus.Value,
                null,
                Locator.AtLine(1),
                ColumnBasis.Markup
            );
        }
        foreach (var (key, value) in values)
            facts[key] = facts[key] with { Value = value, Raw = value.ToString() };
        return facts;
    }

    private static IReadOnlyList<Finding> Check(Dictionary<string, ExtractedFact> facts, params string[] doubtful) =>
        ReportChecker.Default.Check(
            new ReportFacts(
                facts.Values,
                Gov2021.Definition.Tables.ToDictionary(t => t.Code, _ => TemplateVersion.Gov2021),
                doubtful
            )
        );

    private static readonly (string, decimal)[] Balanced =
    [
        ("s3.new_received.natural_person", 5),
        ("s3.new_received.total", 5),
        ("s3.res_granted.natural_person", 4),
        ("s3.res_granted.total", 4),
        ("s3.res_total.natural_person", 4),
        ("s3.res_total.total", 4),
        ("s3.carried_out.natural_person", 1),
        ("s3.carried_out.total", 1),
    ];

    [Fact]
    public void A_consistent_report_has_no_findings() => Assert.Empty(Check(Consistent(Balanced)));

    [Fact]
    public void R3_BAL_fails_as_a_filer_error_on_explicit_values()
    {
        var facts = Consistent(Balanced);
        facts["s3.carried_out.natural_person"] = facts["s3.carried_out.natural_person"] with { Value = 2m, Raw = "2" };
        facts["s3.carried_out.total"] = facts["s3.carried_out.total"] with { Value = 2m, Raw = "2" };
        var findings = Check(facts);

        var balance = Assert.Single(findings, f => f.Rule == "R3-BAL" && f.Scope == "natural_person");
        Assert.Equal(
            ("natural_person", Severity.Error, Attribution.Filer),
            (balance.Scope, balance.Severity, balance.AttributedTo)
        );
        Assert.Equal(5m, balance.Left);
        Assert.Equal(6m, balance.Right);
        Assert.Equal(-1m, balance.Delta);
        Assert.Contains("s3.carried_out.natural_person[2]", balance.Expression);
        Assert.Contains(findings, f => f.Rule == "R3-BAL" && f.Scope == "total");
    }

    [Fact]
    public void R3_RES_fails_when_results_do_not_add_up()
    {
        var facts = Consistent(Balanced);
        facts["s3.res_withheld_third_party.total"] = facts["s3.res_withheld_third_party.total"] with { Value = 3m };
        var findings = Check(facts);
        Assert.Contains(findings, f =>
            f.Rule == "R3-RES" && f.Scope == "total" && f.Severity == Severity.Error && f.Right == 7m
        );
        Assert.Contains(findings, f => f.Rule == "R3-ROW" && f.Scope == "res_withheld_third_party");
    }

    [Fact]
    public void R3_ROW_fails_when_the_total_column_disagrees()
    {
        var facts = Consistent(Balanced);
        facts["s3.new_received.commercial"] = facts["s3.new_received.commercial"] with { Value = 1m };
        var finding = Assert.Single(Check(facts), f => f.Rule == "R3-ROW");
        Assert.Equal("new_received", finding.Scope);
    }

    [Theory]
    // off a PDF page: "12" may have been split into "1" | "2" by wide spacing
    [InlineData(ColumnBasis.Position, "warning", "parser")]
    [InlineData(ColumnBasis.Rulings, "warning", "parser")]
    [InlineData(ColumnBasis.Markup, "error", "filer")] // from Markdown or HTML a cell cannot be split so
    [InlineData(ColumnBasis.Alignment, "error", "filer")]
    [InlineData(ColumnBasis.Sequence, "error", "filer")]
    public void A_row_total_off_by_what_joining_two_neighbouring_digits_would_fix_is_the_parsers_doubt_only_off_a_page(
        ColumnBasis basis,
        string severity,
        string attributed
    )
    {
        // 12 requests granted, the 12 of 新收 read as 1 | 2: joined again, every relation through both cells holds
        var facts = Consistent(
            ("s3.new_received.natural_person", 12),
            ("s3.new_received.total", 12),
            ("s3.res_granted.natural_person", 12),
            ("s3.res_granted.total", 12),
            ("s3.res_total.natural_person", 12),
            ("s3.res_total.total", 12)
        );
        facts["s3.new_received.natural_person"] = facts["s3.new_received.natural_person"] with
        {
            Value = 1m,
            Raw = "1",
        };
        facts["s3.new_received.commercial"] = facts["s3.new_received.commercial"] with { Value = 2m, Raw = "2" };
        foreach (var key in facts.Keys.ToList())
            facts[key] = facts[key] with { Basis = basis };

        var row = Assert.Single(Check(facts), f => f.Rule == "R3-ROW");

        Assert.Equal((severity, attributed), (row.Severity.Code(), row.AttributedTo.Code()));
        if (attributed == "parser")
            Assert.Contains("s3.new_received.natural_person and s3.new_received.commercial", row.Message);
    }

    [Fact]
    public void Joining_two_digits_is_no_explanation_when_it_breaks_another_relation()
    {
        // R3-ROW fails by 9 with 1 | 2 in the first two columns, but 12 in 自然人 would break R3-BAL of both columns
        var facts = Consistent(
            ("s3.new_received.natural_person", 1),
            ("s3.new_received.commercial", 2),
            ("s3.new_received.total", 12),
            ("s3.res_granted.natural_person", 1),
            ("s3.res_granted.commercial", 2),
            ("s3.res_granted.total", 3),
            ("s3.res_total.natural_person", 1),
            ("s3.res_total.commercial", 2),
            ("s3.res_total.total", 3)
        );
        foreach (var key in facts.Keys.ToList())
            facts[key] = facts[key] with { Basis = ColumnBasis.Position };

        var row = Assert.Single(Check(facts), f => f.Rule == "R3-ROW");

        Assert.Equal((Severity.Error, Attribution.Filer), (row.Severity, row.AttributedTo));
    }

    [Theory]
    [InlineData(ColumnBasis.Position, "parser")] // off a PDF page: the value's position may have put it one column off
    [InlineData(ColumnBasis.Rulings, "parser")]
    [InlineData(ColumnBasis.Markup, "filer")] // from Markdown or HTML every cell is its own element
    [InlineData(ColumnBasis.Alignment, "filer")]
    [InlineData(ColumnBasis.Sequence, "filer")]
    public void A_value_read_into_the_empty_neighbouring_column_is_the_parsers_doubt_only_off_a_page(
        ColumnBasis basis,
        string attributed
    )
    {
        var facts = Consistent(Balanced);
        facts["s3.new_received.natural_person"] = facts["s3.new_received.natural_person"] with
        {
            Value = null,
            Raw = "",
            Status = CellStatus.Blank,
        };
        facts["s3.new_received.commercial"] = facts["s3.new_received.commercial"] with { Value = 5m, Raw = "5" };
        foreach (var key in facts.Keys.ToList())
            facts[key] = facts[key] with { Basis = basis };

        var balances = Check(facts).Where(f => f.Rule == "R3-BAL").ToList();

        Assert.Equal(["commercial", "natural_person"], balances.Select(f => f.Scope).Order());
        Assert.All(balances, f => Assert.Equal(attributed, f.AttributedTo.Code()));
        if (attributed == "filer")
            Assert.Contains(balances, f => f.Severity == Severity.Error);
        else
            Assert.All(balances, f =>
            {
                Assert.Equal(Severity.Warning, f.Severity);
                Assert.Contains(
                    "the value of s3.new_received.commercial belongs in s3.new_received.natural_person",
                    f.Message
                );
            });
    }

    [Fact]
    public void A_move_that_would_not_make_every_relation_hold_leaves_the_error_to_the_filer()
    {
        var facts = Consistent(Balanced);
        facts["s3.new_received.natural_person"] = facts["s3.new_received.natural_person"] with
        {
            Value = null,
            Raw = "",
            Status = CellStatus.Blank,
        };
        // 6, not the 5 natural_person needs
        facts["s3.new_received.commercial"] = facts["s3.new_received.commercial"] with { Value = 6m, Raw = "6" };
        foreach (var key in facts.Keys.ToList())
            facts[key] = facts[key] with { Basis = ColumnBasis.Position };

        Assert.Contains(Check(facts), f =>
            f.Rule == "R3-BAL"
            && f.Scope == "commercial"
            && (f.Severity, f.AttributedTo) == (Severity.Error, Attribution.Filer)
        );
    }

    [Fact]
    public void R4_SUM_flags_a_total_printed_as_zero()
    {
        var facts = Consistent(
            ("s4.cases.review_upheld", 10),
            ("s4.cases.review_corrected", 1),
            ("s4.cases.review_total", 0)
        );
        var finding = Assert.Single(Check(facts));
        Assert.Equal(
            ("R4-SUM", "review", Severity.Error, Attribution.Filer, -11m),
            (finding.Rule, finding.Scope, finding.Severity, finding.AttributedTo, finding.Delta)
        );
    }

    [Fact]
    public void R_INT_flags_negative_and_fractional_counts()
    {
        var facts = Consistent(("s3.new_received.research", -1), ("s3.new_received.total", -1));
        facts["s4.cases.review_other"] = facts["s4.cases.review_other"] with { Value = 1.5m, Raw = "1.5" };
        facts["s4.cases.review_total"] = facts["s4.cases.review_total"] with { Value = 1.5m, Raw = "1.5" };
        var findings = Check(facts).Where(f => f.Rule == "R-INT").Select(f => f.Scope).ToList();
        Assert.Contains("s3.new_received.research", findings);
        Assert.Contains("s4.cases.review_other", findings);
    }

    [Fact]
    public void A_failure_only_through_blank_cells_is_a_warning()
    {
        var facts = Consistent(Balanced);
        facts["s3.carried_out.total"] = facts["s3.carried_out.total"] with
        {
            Value = null,
            Raw = "",
            Status = CellStatus.Blank,
        };
        var findings = Check(facts);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Rule == "R3-BAL" && f.Scope == "total" && f.Expression.Contains("blank→0"));
    }

    [Fact]
    public void A_relation_with_an_unreadable_cell_is_uncertain_and_the_parsers()
    {
        var facts = Consistent(Balanced);
        facts["s3.carried_out.total"] = facts["s3.carried_out.total"] with
        {
            Value = null,
            Raw = "",
            Status = CellStatus.Unreadable,
        };
        var finding = Assert.Single(Check(facts), f => f.Rule == "R3-BAL" && f.Scope == "total");
        Assert.Equal(
            (FindingStatus.Uncertain, Attribution.Parser, Severity.Info),
            (finding.Status, finding.AttributedTo, finding.Severity)
        );
    }

    [Fact]
    public void A_failure_in_a_row_with_a_structural_problem_is_attributed_to_the_parser()
    {
        var facts = Consistent(("s4.cases.review_upheld", 2), ("s4.cases.review_total", 1));
        var finding = Assert.Single(Check(facts, "s4.cases.review_total"));
        Assert.Equal(
            ("R4-SUM", Attribution.Parser, Severity.Warning),
            (finding.Rule, finding.AttributedTo, finding.Severity)
        );
    }

    [Fact]
    public void Structural_issues_become_S_STRUCT_findings()
    {
        var finding = ReportChecker.ToFinding(
            StructuralIssue.Warning("s3", "unmatched_row", "row \"x\" matches no template row", Locator.AtLine(7))
        );
        Assert.Equal(
            ("S-STRUCT", Severity.Warning, FindingStatus.Fail, Attribution.Parser),
            (finding.Rule, finding.Severity, finding.Status, finding.AttributedTo)
        );
        Assert.Equal("at L7", finding.Expression);
    }
}
