namespace ReportIngest.Templates;

/// <summary>国办公开办函〔2021〕30号: four section 二 sub-tables (10 cells), section 三 with （六）其他处理 split in three (175 cells),
/// section 四 (15 cells).</summary>
public static class Gov2021
{
    private static readonly ColumnDefinition Decisions = new("decisions", "本年处理决定数量", ["处理决定数"]);

    public static readonly TemplateDefinition Definition = Build();

    private static TemplateDefinition Build()
    {
        TableDefinition[] proactive =
        [
            new(
                "s2_a20_1",
                TemplateSection.Proactive,
                [new("regulation", "规章", ["规章"]), new("normative_doc", "行政规范性文件", ["规范性文件"])],
                [
                    new("issued", "本年制发件数", ["制发"]),
                    new("repealed", "本年废止件数", ["废止"]),
                    new("in_force", "现行有效件数", ["现行有效"]),
                ]
            ),
            new("s2_a20_5", TemplateSection.Proactive, [new("admin_license", "行政许可", ["行政许可"])], [Decisions]),
            new(
                "s2_a20_6",
                TemplateSection.Proactive,
                [new("admin_penalty", "行政处罚", ["行政处罚"]), new("admin_coercion", "行政强制", ["行政强制"])],
                [Decisions]
            ),
            new(
                "s2_a20_8",
                TemplateSection.Proactive,
                [new("admin_fee", "行政事业性收费", ["行政事业性收费"])],
                [new("fee_amount_wan", "本年收费金额（单位：万元）", ["收费金额"], ValueKind.Money, "万元")]
            ),
        ];

        var requests = SharedParts.Requests(
            [
                new RowDefinition(
                    "res_other_no_correction",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    ["逾期不补正"]
                ),
                new RowDefinition(
                    "res_other_fee_unpaid",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    ["缴纳费用", "收费通知"]
                ),
                new RowDefinition("res_other_misc", "3.其他", ["其他"], ExactLabel: true),
            ],
            [new RowDefinition("res_other", "（六）其他处理", ["其他处理"])]
        );
        TableDefinition[] tables = [.. proactive, requests, SharedParts.ReviewLitigation];
        return new TemplateDefinition(
            TemplateVersion.Gov2021,
            tables,
            SharedParts.Relations(requests, Gov2019.ResultLeaves(requests)).ToArray()
        );
    }
}
