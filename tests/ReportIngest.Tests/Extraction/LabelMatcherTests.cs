using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Tests.Extraction;

public class LabelMatcherTests
{
    private static string? RowOf(string label, LabelSlips slips = LabelSlips.Any) =>
        LabelMatcher.Default.MatchLabel(LabelNormalizer.Normalize(label), null, slips: slips)?.Row.Code;

    [Theory]
    [InlineData("4.保护第三方合法权益", "res_withheld_third_party")]
    [InlineData("④保护第三方合法权益", "res_withheld_third_party")]
    [InlineData("(4)保护第三方合法权益", "res_withheld_third_party")]
    [InlineData("4.保護第三方合法權益", "res_withheld_third_party")]
    [InlineData("四、结转下一年度继续办理", "carried_out")]
    [InlineData("3.危及「三安全一稳定」", "res_withheld_security_stability")]
    [InlineData("自 然 人", null)]
    public void Matches_label_variants(string label, string? row) => Assert.Equal(row, RowOf(label));

    [Theory]
    [InlineData("4.保户第三方合法权益", "res_withheld_third_party")] // one character wrong outside the phrase
    [InlineData("4.无正当理由量反复申请", "res_declined_excessive")] // one dropped: the whole label is one edit away
    [InlineData("8.属于行政查旬事项", "res_withheld_admin_query")] // one wrong inside the phrase
    [InlineData("5.要求行政机关确认或重亲出具已获取信息", "res_declined_confirm_reissue")]
    public void Matches_a_label_typed_with_a_slip(string label, string row) => Assert.Equal(row, RowOf(label));

    [Theory]
    [InlineData("1.属于国家秘密2.其他法律行政法规禁止公开")] // two rows' labels run together
    [InlineData("（三）不予公开")] // a group label, not a row
    [InlineData("新出具已获取信息")] // the end of a wrapped label
    public void Does_not_place_an_ambiguous_label_or_a_fragment(string label) => Assert.Null(RowOf(label));

    /// <summary>A row each template version labels its own way is named exactly by either label (a blank row printed as
    /// text has only its label).</summary>
    [Theory]
    [InlineData("规范性文件")] // 2019
    [InlineData("行政规范性文件")] // 2021
    public void A_label_of_either_template_version_matches_exactly(string label) =>
        Assert.Equal(
            "normative_doc",
            LabelMatcher
                .Default.MatchLabel(
                    LabelNormalizer.Normalize(label),
                    TemplateSection.Proactive,
                    exactOnly: true,
                    slips: LabelSlips.WholeLabel
                )
                ?.Row.Code
        );

    [Fact]
    public void A_label_printed_alone_must_be_whole_to_match_with_a_slip()
    {
        Assert.Equal(
            "res_declined_confirm_reissue",
            RowOf("5.要求行政机关确认或重亲出具已获取信息", LabelSlips.WholeLabel)
        );
        Assert.Null(RowOf("8.属于行政查旬事项的信息", LabelSlips.WholeLabel));
    }

    [Fact]
    public void Group_labels_are_known_and_are_not_rows()
    {
        var parts = RowParts.Split([
            new ReportIngest.Documents.GridCell(0, 0, "（三）不予公开", ReportIngest.Documents.Locator.AtLine(1))
            {
                Basis = ReportIngest.Documents.ColumnBasis.Markup,
            },
            new ReportIngest.Documents.GridCell(0, 1, "5", ReportIngest.Documents.Locator.AtLine(1))
            {
                Basis = ReportIngest.Documents.ColumnBasis.Markup,
            },
        ]);
        Assert.Null(LabelMatcher.Default.Match(parts, null));
        Assert.Equal("res_withheld", LabelMatcher.Default.MatchGroup(parts)?.Group.Code);
    }
}
