using ReportIngest.Text;

namespace ReportIngest.Templates;

/// <summary>The signatures of the three table sections, and the other phrases that structure a report's
/// tables.</summary>
public static class SectionSignatures
{
    public static IReadOnlyList<SectionSignature> All { get; } =
    [
        new(
            TemplateSection.Proactive,
            ["主动公开政府信息情况", "主动公开政府信息"],
            ["第二十条第", "信息内容"],
            [
                "本年制发件数",
                "本年废止件数",
                "现行有效件数",
                "处理决定数量",
                "本年收费金额",
                "上一年项目数量",
                "本年增/减",
                "本年新制作数量",
                "本年新公开数量",
                "对外公开总数量",
                "采购项目数量",
                "采购总金额",
            ]
        ),
        new(
            TemplateSection.Requests,
            ["收到和处理政府信息公开申请", "收到和处理政府信息公开申请的情况"],
            ["本列数据的勾稽关系", "申请人情况", "法人或其他组织"],
            ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计"]
        ),
        new(
            TemplateSection.ReviewLitigation,
            ["行政复议、行政诉讼", "被申请行政复议", "提起行政诉讼", "行政复议和行政诉讼"],
            ["未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "尚未审结"],
            ["行政复议", "行政诉讼", "其他结果", "总计"]
        ),
    ];

    public static SectionSignature Of(TemplateSection section) => All.First(s => s.Section == section);

    /// <summary>Headings of the sections after the tables (五、存在的主要问题及改进情况, 六、其他需要报告的事项): the tables have
    /// ended.</summary>
    public static IReadOnlyList<string> ClosingHeadingPhrases { get; } =
    [
        .. new[] { "存在的主要问题", "存在问题及改进", "主要问题及改进", "其他需要报告的事项" }.Select(
            LabelNormalizer.Normalize
        ),
    ];

    /// <summary>
    /// Section 四's column groups by the phrase that names them when a document prints them as separate tables or
    /// headings, most specific first: 复议后起诉, (未经复议)直接起诉, 行政诉讼 (both kinds of suit), 行政复议.
    /// </summary>
    public static IReadOnlyList<(string Phrase, string Group)> ReviewGroups { get; } =
    [
        (LabelNormalizer.Normalize("复议后起诉"), "suit_after_review"),
        (LabelNormalizer.Normalize("直接起诉"), "suit_direct"),
        (LabelNormalizer.Normalize("行政诉讼"), "suit"),
        (LabelNormalizer.Normalize("行政复议"), "review"),
    ];

    /// <summary>The outcome headers of section 四, one per column of a group: a header cell naming one of these is an
    /// outcome column.</summary>
    public static IReadOnlyList<string> ReviewOutcomePhrases { get; } =
    [.. new[] { "维持", "纠正", "其他结果", "审结" }.Select(LabelNormalizer.Normalize)];
}
