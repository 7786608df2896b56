namespace ReportIngest.Templates;

/// <summary>Rows, columns and tables that both template versions print identically (template.md §3–4).</summary>
internal static class SharedParts
{
    public static readonly ColumnDefinition[] RequestColumns =
    [
        new("natural_person", "自然人", ["自然人"]),
        new("commercial", "商业企业", ["商业企业"]),
        new("research", "科研机构", ["科研机构"]),
        new("public_welfare", "社会公益组织", ["社会公益"]),
        new("legal_service", "法律服务机构", ["法律服务"]),
        new("other_org", "其他", ["其他"]),
        new("total", "总计", ["总计"]),
    ];

    /// <summary>The columns that are applicants (all but 总计).</summary>
    public static IEnumerable<string> ApplicantColumns =>
        RequestColumns.Where(c => c.Code != "total").Select(c => c.Code);

    public static readonly RowDefinition[] RequestRowsBeforeOther =
    [
        new("new_received", "一、本年新收政府信息公开申请数量", ["本年新收"]),
        new("carried_in", "二、上年结转政府信息公开申请数量", ["上年结转"]),
        new("res_granted", "（一）予以公开", ["予以公开"]),
        new("res_partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["部分公开"]),
        new("res_withheld_state_secret", "1.属于国家秘密", ["国家秘密"]),
        new("res_withheld_law_prohibited", "2.其他法律行政法规禁止公开", ["禁止公开", "其他法律行政"]), // 002 prints "其他法律行政止公开"
        new("res_withheld_security_stability", "3.危及“三安全一稳定”", ["三安全", "一稳定"]),
        new("res_withheld_third_party", "4.保护第三方合法权益", ["第三方"]),
        new("res_withheld_internal_affairs", "5.属于三类内部事务信息", ["内部事务"]),
        new("res_withheld_process_info", "6.属于四类过程性信息", ["过程性"]),
        new("res_withheld_enforcement_file", "7.属于行政执法案卷", ["执法案卷"]),
        new("res_withheld_admin_query", "8.属于行政查询事项", ["查询事项"]),
        new("res_unavailable_not_held", "1.本机关不掌握相关政府信息", ["不掌握"]),
        new("res_unavailable_needs_creation", "2.没有现成信息需要另行制作", ["另行制作"]),
        new("res_unavailable_still_unclear", "3.补正后申请内容仍不明确", ["补正后", "仍不明确"]),
        new("res_declined_petition", "1.信访举报投诉类申请", ["信访"]),
        new("res_declined_repeat", "2.重复申请", ["重复申请"]),
        new("res_declined_publication", "3.要求提供公开出版物", ["出版物"]),
        new("res_declined_excessive", "4.无正当理由大量反复申请", ["大量反复"]),
        new("res_declined_confirm_reissue", "5.要求行政机关确认或重新出具已获取信息", ["重新出具"]),
    ];

    public static readonly RowDefinition[] RequestRowsAfterOther =
    [
        new("res_total", "（七）总计", ["总计"], ExactLabel: true),
        new("carried_out", "四、结转下年度继续办理", ["结转下年度", "结转下一年度", "继续办理"]),
    ];

    public static readonly string[] ReviewLitigationGroups = ["review", "suit_direct", "suit_after_review"];

    private static readonly (string Code, string Label, string[] Phrases)[] Outcomes =
    [
        ("upheld", "结果维持", ["维持"]),
        ("corrected", "结果纠正", ["纠正"]),
        ("other", "其他结果", ["其他"]),
        ("pending", "尚未审结", ["审结"]),
        ("total", "总计", ["总计"]),
    ];

    // Declared after the groups and outcomes it is built from: static fields initialise in textual order.
    public static readonly ColumnDefinition[] ReviewLitigationColumns = BuildReviewLitigationColumns().ToArray();

    public static TableDefinition ReviewLitigation =>
        new(
            "s4",
            TemplateSection.ReviewLitigation,
            [new RowDefinition("cases", "数据行（无标签）", [])],
            ReviewLitigationColumns
        );

    /// <summary>The 法人或其他组织 subtotal some layouts print before 总计 (template.md §3.1, §8.10): not a template
    /// cell.</summary>
    public static readonly ColumnDefinition OrganisationSubtotal = new(
        "org_subtotal",
        "法人或其他组织小计",
        ["小计", "法人或其他组织小计"]
    );

    /// <summary>The five organisation columns the subtotal sums.</summary>
    public static IEnumerable<string> OrganisationColumns => ApplicantColumns.Where(c => c != "natural_person");

    /// <summary>The group labels of section 三 in both versions (template.md §3.2); 2021 adds （六）其他处理, a row of its own
    /// in 2019.</summary>
    public static readonly RowDefinition[] RequestGroups =
    [
        new("res_withheld", "（三）不予公开", ["不予公开"]),
        new("res_unavailable", "（四）无法提供", ["无法提供"]),
        new("res_declined", "（五）不予处理", ["不予处理"]),
    ];

    public static TableDefinition Requests(
        IEnumerable<RowDefinition> otherRows,
        IEnumerable<RowDefinition> otherGroups
    ) =>
        new(
            "s3",
            TemplateSection.Requests,
            [.. RequestRowsBeforeOther, .. otherRows, .. RequestRowsAfterOther],
            RequestColumns
        )
        {
            ExtraColumns = [OrganisationSubtotal],
            Groups = [.. RequestGroups, .. otherGroups],
        };

    /// <summary>The outcome columns of one section 四 group, in printed order (维持, 纠正, 其他, 尚未审结, 总计).</summary>
    public static IEnumerable<string> GroupColumns(string group) => Outcomes.Select(o => $"{group}_{o.Code}");

    /// <summary>The relations both versions share; <paramref name="resultLeaves"/> are the s3 rows summed into
    /// （七）总计.</summary>
    public static IEnumerable<RelationDefinition> Relations(
        TableDefinition requests,
        IReadOnlyList<string> resultLeaves
    )
    {
        var columns = requests.Columns.Select(c => c.Code).ToArray();
        string S3(string row, string col) => CellKey.Of("s3", row, col);

        yield return new RelationDefinition(
            "R3-BAL",
            RelationKind.Strict,
            "新收 + 上年结转 = 办理结果总计 + 结转下年度 (printed in the table)",
            columns
                .Select(c => new RelationInstance(
                    c,
                    [S3("new_received", c), S3("carried_in", c)],
                    [S3("res_total", c), S3("carried_out", c)]
                ))
                .ToArray()
        );

        yield return new RelationDefinition(
            "R3-RES",
            RelationKind.Strict,
            "（七）总计 = the sum of every result row",
            columns
                .Select(c => new RelationInstance(
                    c,
                    [S3("res_total", c)],
                    resultLeaves.Select(r => S3(r, c)).ToArray()
                ))
                .ToArray()
        );

        yield return new RelationDefinition(
            "R3-ROW",
            RelationKind.Strict,
            "总计 = 自然人 + the five organisation columns",
            requests
                .Rows.Select(r => new RelationInstance(
                    r.Code,
                    [S3(r.Code, "total")],
                    ApplicantColumns.Select(c => S3(r.Code, c)).ToArray()
                ))
                .ToArray()
        );

        yield return new RelationDefinition(
            "R3-SUBTOTAL",
            RelationKind.Strict,
            "法人或其他组织小计 = the five organisation columns, where the layout prints a 小计 column",
            requests.Rows.Select(SubtotalOfRow).ToArray()
        );

        yield return new RelationDefinition(
            "R4-SUM",
            RelationKind.Strict,
            "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for 行政复议 and both kinds of 行政诉讼",
            ReviewLitigationGroups
                .Select(g =>
                {
                    var cells = GroupColumns(g).Select(c => CellKey.Of("s4", "cases", c)).ToArray();
                    return new RelationInstance(g, [cells[4]], cells[..4]);
                })
                .ToArray()
        );
    }

    private static IEnumerable<ColumnDefinition> BuildReviewLitigationColumns()
    {
        var groupLabels = new Dictionary<string, string>
        {
            ["review"] = "行政复议",
            ["suit_direct"] = "行政诉讼·未经复议直接起诉",
            ["suit_after_review"] = "行政诉讼·复议后起诉",
        };
        foreach (var group in ReviewLitigationGroups)
        foreach (var (code, label, phrases) in Outcomes)
            yield return new ColumnDefinition($"{group}_{code}", $"{groupLabels[group]}·{label}", phrases);
    }

    private static RelationInstance SubtotalOfRow(RowDefinition row) =>
        new(
            row.Code,
            [CellKey.Of("s3", row.Code, OrganisationSubtotal.Code)],
            OrganisationColumns.Select(c => CellKey.Of("s3", row.Code, c)).ToArray()
        )
        {
            PrintedOnly = [CellKey.Of("s3", row.Code, OrganisationSubtotal.Code)],
        };
}
