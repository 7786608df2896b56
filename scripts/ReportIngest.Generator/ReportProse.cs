using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// The text around the tables, shared by both renderers. The prose carries no figures, so nothing in it can
/// disagree with the tables.
/// </summary>
public static class ReportProse
{
    public const string Overview = "一、总体情况";
    public const string Proactive = "二、主动公开政府信息情况";
    public const string Requests = "三、收到和处理政府信息公开申请情况";
    public const string ReviewLitigation = "四、政府信息公开行政复议、行政诉讼情况";
    public const string Problems = "五、存在的主要问题及改进情况";
    public const string Other = "六、其他需要报告的事项";

    /// <summary>A section heading as the report prints it (<see cref="Variations.PrintStyle.Heading"/>), or null when
    /// it is left out.</summary>
    public static string? Heading(SyntheticReport report, string template) => report.Style.Heading(template);

    public static string Title(SyntheticReport report) => $"{report.Agency}{report.Year}年政府信息公开工作年度报告";

    public static string Preamble(SyntheticReport report)
    {
        var format =
            report.Version == TemplateVersion.Gov2019
                ? "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"
                : "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）";
        return $"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{format}要求编制。"
            + "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
            + $"本报告中所列数据的统计期限自{report.Year}年1月1日起至{report.Year}年12月31日止。"
            + $"本报告电子版可在{report.Agency}门户网站“政府信息公开”专栏查阅或下载。如对本报告有疑问，请与{report.Agency}办公室联系。";
    }

    public static string[] OverviewParagraphs(SyntheticReport report) =>
        [
            $"{report.Year}年，{report.Agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，围绕中心工作，扎实推进主动公开，规范办理依申请公开，加强政府信息管理和政府信息公开平台建设，强化监督保障，政府信息公开工作取得新的进展。",
            "在主动公开方面，及时公开规范性文件、行政许可、行政处罚等信息；在依申请公开方面，严格按照法定时限和程序办理申请，做到答复规范、依据充分；在平台建设方面，持续优化门户网站政府信息公开专栏，保障信息发布及时准确。",
        ];

    public static string ProblemsParagraph(SyntheticReport report) =>
        $"{report.Year}年，本机关政府信息公开工作仍存在一些不足：政策解读的形式还不够丰富，依申请公开答复的规范化水平有待提高。下一步，将加强业务培训，完善工作机制，不断提升政府信息公开工作质量。";

    /// <summary>gov2021 reports say here whether an information-processing fee was collected (template.md
    /// §1).</summary>
    public static string OtherParagraph(SyntheticReport report) =>
        report.Version == TemplateVersion.Gov2021 ? "本年度未收取信息处理费。无其他需要报告的事项。" : "无。";

    public static string SignatureDate(SyntheticReport report) =>
        $"{report.SignedOn.Year}年{report.SignedOn.Month}月{report.SignedOn.Day}日";
}
