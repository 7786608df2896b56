namespace ReportIngest.Templates;

/// <summary>国办公开办函〔2019〕60号: five section 二 sub-tables (22 cells), section 三 with a single （六）其他处理 row (161 cells),
/// section 四 (15 cells).</summary>
public static class Gov2019
{
    private static readonly ColumnDefinition ItemsPrevYear = new("items_prev_year", "上一年项目数量", ["上一年项目数"]);
    private static readonly ColumnDefinition ItemsDelta = new(
        "items_delta",
        "本年增/减",
        ["增/减", "增减"],
        ValueKind.SignedCount
    );
    private static readonly ColumnDefinition Decisions = new("decisions", "处理决定数量", ["处理决定数"]);

    public static readonly TemplateDefinition Definition = Build();

    private static TemplateDefinition Build()
    {
        TableDefinition[] proactive =
        [
            new(
                "s2_a20_1",
                TemplateSection.Proactive,
                [new("regulation", "规章", ["规章"]), new("normative_doc", "规范性文件", ["规范性文件"])],
                [
                    new("made_count", "本年新制作数量", ["新制作"]),
                    new("published_count", "本年新公开数量", ["新公开"]),
                    new("public_total", "对外公开总数量", ["对外公开总数"]),
                ]
            ),
            new(
                "s2_a20_5",
                TemplateSection.Proactive,
                [
                    new("admin_license", "行政许可", ["行政许可"]),
                    new("other_mgmt_service", "其他对外管理服务事项", ["对外管理服务"]),
                ],
                [ItemsPrevYear, ItemsDelta, Decisions]
            ),
            new(
                "s2_a20_6",
                TemplateSection.Proactive,
                [new("admin_penalty", "行政处罚", ["行政处罚"]), new("admin_coercion", "行政强制", ["行政强制"])],
                [ItemsPrevYear, ItemsDelta, Decisions]
            ),
            new(
                "s2_a20_8",
                TemplateSection.Proactive,
                [new("admin_fee", "行政事业性收费", ["行政事业性收费"])],
                [ItemsPrevYear, ItemsDelta]
            ),
            new(
                "s2_a20_9",
                TemplateSection.Proactive,
                [new("central_procurement", "政府集中采购", ["集中采购"])],
                [
                    new("procurement_projects", "采购项目数量", ["采购项目数"]),
                    new("procurement_amount", "采购总金额", ["采购总金额"], ValueKind.Money, "元"),
                ]
            ),
        ];

        var requests = SharedParts.Requests([new RowDefinition("res_other", "（六）其他处理", ["其他处理"])], []);
        var leaves = ResultLeaves(requests);
        TableDefinition[] tables = [.. proactive, requests, SharedParts.ReviewLitigation];
        return new TemplateDefinition(
            TemplateVersion.Gov2019,
            tables,
            SharedParts.Relations(requests, leaves).ToArray()
        );
    }

    internal static string[] ResultLeaves(TableDefinition requests) =>
        requests
            .Rows.Select(r => r.Code)
            .Where(c => c.StartsWith("res_", StringComparison.Ordinal) && c != "res_total")
            .ToArray();
}
