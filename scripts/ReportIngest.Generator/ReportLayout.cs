using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What the template's Word tables print, as rows of cell text shared by both renderers. Labels come from the
/// template definitions; a merged label cell is written in the first row it spans and left empty below, as a
/// Word table exports.
/// </summary>
public static class ReportLayout
{
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static readonly Dictionary<string, string> ArticleItems = new()
    {
        ["s2_a20_1"] = "一", ["s2_a20_5"] = "五", ["s2_a20_6"] = "六", ["s2_a20_8"] = "八", ["s2_a20_9"] = "九",
    };

    /// <summary>Section 三 groups whose label is a merged cell left of their numbered items (row code prefix, label).</summary>
    private static readonly (string Prefix, string Label)[] ResultGroups =
        [("res_withheld_", "（三）不予公开"), ("res_unavailable_", "（四）无法提供"), ("res_declined_", "（五）不予处理"), ("res_other_", "（六）其他处理")];

    private static readonly string[] Outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static IEnumerable<TableDefinition> ProactiveTables(SyntheticReport report) =>
        report.Template.Tables.Where(t => t.Section == TemplateSection.Proactive);

    /// <summary>The item of 条例第二十条 a section 二 sub-table reports: "一" for 第二十条第（一）项.</summary>
    public static string ArticleItem(TableDefinition table) => ArticleItems[table.Code];

    /// <summary>A section 二 sub-table: its 信息内容 header row, then one row per template row.</summary>
    public static IEnumerable<string[]> ProactiveRows(SyntheticReport report, TableDefinition table, CellFormatter formatter)
    {
        yield return ["信息内容", .. table.Columns.Select(c => c.Label)];
        foreach (var row in table.Rows)
            yield return [row.Label, .. table.Columns.Select(c => formatter.Format(report[table.Code, row.Code, c.Code], c.Kind))];
    }

    /// <summary>The section 三 header as one row: three label columns (the first holds the printed balance note), then the seven columns.</summary>
    public static string[] RequestHeaderRow(SyntheticReport report) => [BalanceNote, "", "", .. RequestColumnLabels(report)];

    /// <summary>The section 三 header as the Word grid prints it: 申请人情况 / 自然人, 法人或其他组织, 总计 / the five organisation types.</summary>
    public static string[][] RequestHeaderGrid(SyntheticReport report)
    {
        var labels = RequestColumnLabels(report);
        return
        [
            [BalanceNote, "", "", "申请人情况", "", "", "", "", "", ""],
            ["", "", "", labels[0], "法人或其他组织", "", "", "", "", labels[6]],
            ["", "", "", "", .. labels[1..6], ""],
        ];
    }

    /// <summary>
    /// Section 三 data rows: three label cells (一、–四、 level; （一）–（七） level; numbered item), then the seven
    /// columns. 三、本年度办理结果 and each group label stand in the first row they span only.
    /// </summary>
    public static IEnumerable<string[]> RequestRows(SyntheticReport report, CellFormatter formatter)
    {
        var s3 = report.Template.Table("s3")!;
        string? openGroup = null;
        foreach (var row in s3.Rows)
        {
            var values = s3.Columns.Select(c => formatter.Format(report["s3", row.Code, c.Code], c.Kind));
            if (!row.Code.StartsWith("res_", StringComparison.Ordinal))
            {
                yield return [row.Label, "", "", .. values];
                continue;
            }
            var block = row.Code == "res_granted" ? "三、本年度办理结果" : "";
            var group = ResultGroups.FirstOrDefault(g => row.Code.StartsWith(g.Prefix, StringComparison.Ordinal)).Label;
            var groupCell = group is not null && group != openGroup ? group : "";
            openGroup = group;
            yield return group is null ? [block, row.Label, "", .. values] : [block, groupCell, row.Label, .. values];
        }
    }

    /// <summary>The section 四 header as the Word grid prints it (three rows of 15 cells).</summary>
    public static string[][] ReviewHeaderGrid() =>
    [
        ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
        [.. Outcomes, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        ["", "", "", "", "", .. Outcomes, .. Outcomes],
    ];

    /// <summary>The section 四 header flattened to two rows: the three groups, then their five outcomes each.</summary>
    public static string[][] ReviewHeaderTwoRows() =>
    [
        ["行政复议", "", "", "", "", "行政诉讼（未经复议直接起诉）", "", "", "", "", "行政诉讼（复议后起诉）", "", "", "", ""],
        [.. Outcomes, .. Outcomes, .. Outcomes],
    ];

    /// <summary>Section 四's single data row: 15 numbers.</summary>
    public static string[] ReviewValues(SyntheticReport report, CellFormatter formatter)
    {
        var s4 = report.Template.Table("s4")!;
        return [.. s4.Columns.Select(c => formatter.Format(report["s4", "cases", c.Code], c.Kind))];
    }

    private static string[] RequestColumnLabels(SyntheticReport report) => [.. report.Template.Table("s3")!.Columns.Select(c => c.Label)];
}
