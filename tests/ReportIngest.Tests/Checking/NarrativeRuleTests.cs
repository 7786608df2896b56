using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;
using ExtractedFact = ReportIngest.Extraction.Fact;

namespace ReportIngest.Tests.Checking;

public class NarrativeRuleTests
{
    private static readonly (string Key, decimal Value)[] Figures =
    [
        ("s3.new_received.total", 713),
        ("s3.carried_in.total", 36),
        ("s3.res_total.total", 718),
        ("s3.carried_out.total", 31),
        ("s4.cases.review_total", 351),
        ("s4.cases.review_upheld", 72),
        ("s4.cases.review_corrected", 64),
        ("s4.cases.review_other", 178),
        ("s4.cases.review_pending", 37),
        ("s4.cases.suit_direct_total", 26),
        ("s4.cases.suit_after_review_total", 20),
        ("s4.cases.suit_direct_upheld", 13),
        ("s4.cases.suit_after_review_upheld", 12),
    ];

    private static List<Finding> Check(string text)
    {
        var facts = Figures.Select(f =>
        {
            var (t, r, c) = CellKey.Split(f.Key);
            return new ExtractedFact(
                t,
                r,
                c,
                f.Value,
                f.Value.ToString(),
                CellStatus.Value,
                null,
                Locator.AtLine(1),
                ColumnBasis.Markup
            );
        });
        var versions = Gov2021.Definition.Tables.ToDictionary(t => t.Code, _ => TemplateVersion.Gov2021);
        return new NarrativeRule().Evaluate(new ReportFacts(facts, versions, []) { Text = text }).ToList();
    }

    [Fact]
    public void Figures_the_text_states_in_agreement_with_the_tables_raise_nothing()
    {
        // 749 received counts last year's 36 in (template.md §5.2); the text wraps across lines as a PDF prints it.
        var text =
            "2024年共受理政府信息公开申请749件，共办理718件，结转下一年31件。政府信息公开行政复议351\n件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件。";
        Assert.Empty(Check(text));
    }

    [Fact]
    public void A_figure_the_tables_contradict_is_a_warning_that_quotes_the_sentence()
    {
        var findings = Check(
            "本年度共收到政府信息公开申请800件。行政复议351件，其中结果维持70件，结果纠正66件，其他结果178件，尚未审结37件。"
        );

        var received = Assert.Single(findings, f => f.Scope == "new_received");
        Assert.Equal(
            ("E-TXT-S3", Severity.Warning, Attribution.Filer, 800m, 713m),
            (received.Rule, received.Severity, received.AttributedTo, received.Left, received.Right)
        );
        Assert.Contains("收到政府信息公开申请800件", received.Message);
        Assert.Equal(
            ["review_corrected", "review_upheld"],
            findings.Where(f => f.Rule == "E-TXT-S4").Select(f => f.Scope).Order()
        );
    }

    [Fact]
    public void Qualified_answers_are_not_the_total_and_a_regional_sentence_is_only_information()
    {
        Assert.Empty(Check("申请中同意公开答复9件，部分公开答复0件。"));
        var regional = Assert.Single(Check("全市共收到政府信息公开申请5000件。"));
        Assert.Equal(Severity.Info, regional.Severity);
    }

    [Fact]
    public void A_text_ending_on_a_count_without_a_full_stop_is_read_to_its_end() =>
        Assert.Equal(800m, Assert.Single(Check("本年度共收到政府信息公开申请800件")).Left);

    [Fact]
    public void A_tables_row_label_and_first_cell_state_nothing_but_a_sentence_beside_the_table_does()
    {
        // a row of a table (cells joined by tabs): 四、结转下年度继续办理 | 24件 | … | 31件 is no statement of 24
        const string table = "三、本年度办理结果\t718件\n四、结转下年度继续办理\t24件\t3件\t4件\t31件";
        Assert.Empty(Check(table));
        // prose on its own line next to the table is still read
        var stated = Assert.Single(Check(table + "\n本年度结转下一年度继续办理的申请24件。"));
        Assert.Equal(("carried_out", 24m, 31m), (stated.Scope, stated.Left, stated.Right));
    }
}
