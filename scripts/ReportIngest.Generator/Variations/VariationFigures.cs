using ReportIngest.Templates;

namespace ReportIngest.Generator.Variations;

/// <summary>
/// The variations that change what a report prints in its cells: rows left out or printed blank, the 总计 column
/// left blank, the figures of a 小计 column and of an extra row, a 2021 report in the 2019 form. The truth follows
/// what is printed: a cell printed blank is null, a row left out has no cell.
/// </summary>
public static class VariationFigures
{
    /// <summary>Section 二 rows an agency without the power may leave out (template.md §8.11).</summary>
    private static readonly string[] Omittable =
    [
        "s2_a20_1.regulation",
        "s2_a20_5.other_mgmt_service",
        "s2_a20_8.admin_fee",
        "s2_a20_9.central_procurement",
        "s2_a20_6.admin_coercion",
    ];

    /// <summary>The section 三 rows whose 总计 Shanghai 2019 filled (§8.2); the others are left blank.</summary>
    private static readonly string[] TotalKept = ["new_received", "carried_in", "res_total", "carried_out"];

    /// <summary>A gov2019 report filed for 2021 or 2022 (§8.12).</summary>
    public static SyntheticReport WithYear(SyntheticReport report, Random random)
    {
        if (!report.Style.Has(Variation.FormatNotYear) || report.Version != TemplateVersion.Gov2019)
            return report;
        var year = 2021 + random.Next(2);
        return report with
        {
            Year = year,
            SignedOn = new DateOnly(year + 1, report.SignedOn.Month, report.SignedOn.Day),
        };
    }

    /// <summary>Rows left out and rows printed blank; the 总计 column blanked. Returns notes for the truth
    /// file.</summary>
    public static List<string> Apply(SyntheticReport report, Random random)
    {
        var notes = new List<string>();
        var style = report.Style;
        if (style.Has(Variation.OmittedRows))
        {
            var present = Omittable
                .Where(r => report.Cells.Keys.Any(k => k.StartsWith(r + ".", StringComparison.Ordinal)))
                .ToList();
            foreach (var row in present.OrderBy(_ => random.Next()).Take(1 + random.Next(2)))
                report.OmittedRows.Add(row);
            notes.Add(
                $"rows left out of section 二 (no cell, none in the truth): {string.Join(", ", report.OmittedRows)}"
            );
        }
        if (style.Has(Variation.BlankRows))
        {
            var rows = report
                .Template.Tables.Where(t => t.Section == TemplateSection.Proactive)
                .SelectMany(t => t.Rows.Select(r => $"{t.Code}.{r.Code}"))
                .Where(r => !report.OmittedRows.Contains(r))
                .OrderBy(_ => random.Next())
                .Take(2)
                .ToList();
            foreach (
                var key in report
                    .Cells.Keys.Where(k => rows.Any(r => k.StartsWith(r + ".", StringComparison.Ordinal)))
                    .ToList()
            )
            {
                report.Cells[key] = null;
                report.Placeholders.Remove(key);
            }
            notes.Add($"section 二 rows printed with nothing in their cells (truth null): {string.Join(", ", rows)}");
        }
        if (style.Has(Variation.TotalColumnBlank))
        {
            foreach (var row in report.Template.Table("s3")!.Rows.Where(r => !TotalKept.Contains(r.Code)))
            {
                var key = CellKey.Of("s3", row.Code, "total");
                report.Cells[key] = null;
                report.Placeholders.Remove(key);
            }
            notes.Add(
                "section 三's 总计 column printed only in 一、二、（七）总计 and 四, blank elsewhere (truth null)"
            );
        }
        return notes;
    }

    /// <summary>
    /// The printed figures that are no template cell: the 小计 of each section 三 row (the sum of the five
    /// organisation columns as printed, blank where they all are) and the 其他主动公开文件 row.
    /// </summary>
    public static List<string> AddExtras(SyntheticReport report, Random random)
    {
        var notes = new List<string>();
        var style = report.Style;
        if (style.Has(Variation.SubtotalColumn))
        {
            string[] organisations = ["commercial", "research", "public_welfare", "legal_service", "other_org"];
            foreach (var row in report.Template.Table("s3")!.Rows)
            {
                var values = organisations.Select(c => report["s3", row.Code, c]).ToList();
                report.Extras[CellKey.Of("s3", row.Code, ReportLayout.SubtotalColumn)] = values.All(v => v is null)
                    ? null
                    : values.Sum(v => v ?? 0);
            }
            notes.Add(
                $"section 三 has a {(style.SubtotalUnderGroup ? "小计 column under 法人或其他组织" : "法人或其他组织小计 column")} before 总计 (no template cell; its figures are in the truth as s3.*.org_subtotal)"
            );
        }
        if (style.Has(Variation.ExtraRows))
        {
            var table = report.Template.Table("s2_a20_1")!;
            foreach (var column in table.Columns)
                report.Extras[$"s2_a20_1.{ReportLayout.OtherDocumentsRow}.{column.Code}"] = random.Next(0, 40);
            notes.Add(
                $"extra rows: {ReportLayout.OtherDocumentsLabel} in 第二十条第（一）项 (not a template row), a 注： row under section 三"
            );
        }
        return notes;
    }

    /// <summary>The truth's cells: the template cells of printed rows, and the 小计 figures.</summary>
    public static Dictionary<string, decimal?> TruthCells(SyntheticReport report)
    {
        var cells = report
            .Cells.Where(c => !report.OmittedRows.Any(r => c.Key.StartsWith(r + ".", StringComparison.Ordinal)))
            .ToDictionary(c => c.Key, c => c.Value);
        foreach (
            var (key, value) in report.Extras.Where(e =>
                e.Key.EndsWith("." + ReportLayout.SubtotalColumn, StringComparison.Ordinal)
            )
        )
            cells[key] = value;
        return cells;
    }
}
