using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Builds a consistent report from a seeded <see cref="Random"/>: every relation of the template holds. The figures
/// look like real filings: most cells 0, a few larger ones; a large filer (a city, district or county government)
/// handles thousands of requests and decisions, so values of 1000 and more occur.
/// </summary>
public sealed class ReportFactory(Random random)
{
    private static readonly string[] Departments =
    [
        "某市自然资源局",
        "某市生态环境局",
        "某区市场监督管理局",
        "某市住房和城乡建设局",
        "某县交通运输局",
        "某市人力资源和社会保障局",
        "某区教育局",
        "某县卫生健康委员会",
    ];

    private static readonly string[] Governments = ["某市人民政府", "某区人民政府", "某县人民政府"];

    /// <summary>Share of the requests each applicant column files: natural persons file nearly all.</summary>
    private static readonly Dictionary<string, double> ApplicantShare = new()
    {
        ["natural_person"] = 0.9,
        ["commercial"] = 0.05,
        ["research"] = 0.005,
        ["public_welfare"] = 0.005,
        ["legal_service"] = 0.03,
        ["other_org"] = 0.01,
    };

    /// <summary>Share of the results each result row gets; rows not listed are rare (<see
    /// cref="RareResult"/>).</summary>
    private static readonly Dictionary<string, double> ResultShare = new()
    {
        ["res_granted"] = 0.4,
        ["res_partial"] = 0.06,
        ["res_unavailable_not_held"] = 0.2,
        ["res_unavailable_still_unclear"] = 0.03,
        ["res_declined_petition"] = 0.05,
        ["res_declined_repeat"] = 0.04,
        ["res_other"] = 0.1,
        ["res_other_no_correction"] = 0.03,
        ["res_other_misc"] = 0.07,
    };

    private const double RareResult = 0.005;

    public SyntheticReport Create(TemplateVersion version, bool large)
    {
        var template = TemplateCatalog.Get(version);
        var year = version == TemplateVersion.Gov2019 ? random.Next(2019, 2021) : random.Next(2021, 2026);
        var agency = Pick(large ? Governments : Departments);
        var cells = template.Tables.SelectMany(t => t.CellKeys()).ToDictionary(k => k, _ => (decimal?)0m);
        var report = new SyntheticReport(agency, year, version, new DateOnly(year + 1, 1, random.Next(10, 29)), cells);

        if (version == TemplateVersion.Gov2019)
            FillProactive2019(report, large);
        else
            FillProactive2021(report, large);
        var requests = large ? random.Next(800, 4000) : Pick([0, random.Next(1, 8), random.Next(8, 80)]);
        FillRequests(report, requests);
        FillReviewLitigation(report, requests);
        return report;
    }

    private void FillProactive2021(SyntheticReport report, bool large)
    {
        FillDocuments(report, "regulation", "issued", "repealed", "in_force", large && random.Next(2) == 0);
        FillDocuments(report, "normative_doc", "issued", "repealed", "in_force", true);
        report["s2_a20_5", "admin_license", "decisions"] = Decisions(large);
        report["s2_a20_6", "admin_penalty", "decisions"] = Decisions(large);
        report["s2_a20_6", "admin_coercion", "decisions"] = CoercionDecisions();
        report["s2_a20_8", "admin_fee", "fee_amount_wan"] =
            large || random.Next(2) == 0 ? Money(large ? 90_000 : 800, random.Next(1, 3)) : 0;
    }

    private void FillProactive2019(SyntheticReport report, bool large)
    {
        FillDocuments(
            report,
            "regulation",
            "made_count",
            "published_count",
            "public_total",
            large && random.Next(2) == 0
        );
        FillDocuments(report, "normative_doc", "made_count", "published_count", "public_total", true);
        foreach (
            var (table, row) in new[]
            {
                ("s2_a20_5", "admin_license"),
                ("s2_a20_5", "other_mgmt_service"),
                ("s2_a20_6", "admin_penalty"),
                ("s2_a20_6", "admin_coercion"),
            }
        )
        {
            FillItems(report, table, row, large ? 400 : 60);
            report[table, row, "decisions"] = row == "admin_coercion" ? CoercionDecisions() : Decisions(large);
        }
        FillItems(report, "s2_a20_8", "admin_fee", 20);
        var projects = large ? random.Next(1, 60) : Pick([0, random.Next(1, 10), random.Next(10, 60)]);
        report["s2_a20_9", "central_procurement", "procurement_projects"] = projects;
        report["s2_a20_9", "central_procurement", "procurement_amount"] =
            projects == 0 ? 0 : Money(projects * 200_000, Pick([0, 2]));
    }

    /// <summary>A section 二（一） row: documents made or issued, at most half as many published or repealed, and a stock
    /// at least as large.</summary>
    private void FillDocuments(
        SyntheticReport report,
        string row,
        string first,
        string second,
        string stock,
        bool active
    )
    {
        if (!active)
            return;
        var made = random.Next(0, 16);
        var other = random.Next(0, made / 2 + 1);
        report["s2_a20_1", row, first] = made;
        report["s2_a20_1", row, second] = other;
        report["s2_a20_1", row, stock] = made + random.Next(0, 120);
    }

    /// <summary>A 2019 item row: last year's number of items and a signed change that leaves it non-negative.</summary>
    private void FillItems(SyntheticReport report, string table, string row, int maxItems)
    {
        var previous = Pick([0, random.Next(1, 10), random.Next(10, maxItems)]);
        report[table, row, "items_prev_year"] = previous;
        report[table, row, "items_delta"] = Pick([0, 0, random.Next(-Math.Min(previous, 8), 13)]);
    }

    private int Decisions(bool large) =>
        large ? random.Next(1000, 80_000) : Pick([0, 0, random.Next(1, 300), random.Next(1000, 9000)]);

    /// <summary>行政强制 decisions are far rarer than licences or penalties.</summary>
    private int CoercionDecisions() => Pick([0, 0, random.Next(1, 40), random.Next(40, 600)]);

    /// <summary>Section 三: leaves and 结转下年度 per applicant column, then （七）总计, 上年结转 and 本年新收 so that R3-RES and R3-BAL
    /// hold, then the 总计 column.</summary>
    private void FillRequests(SyntheticReport report, int requests)
    {
        var s3 = report.Template.Table("s3")!;
        var leaves = s3
            .Rows.Select(r => r.Code)
            .Where(c => c.StartsWith("res_", StringComparison.Ordinal) && c != "res_total")
            .ToArray();
        foreach (var (column, share) in ApplicantShare)
        {
            var resultTotal = 0;
            foreach (var leaf in leaves)
            {
                var value = Count(requests * share * ResultShare.GetValueOrDefault(leaf, RareResult));
                report["s3", leaf, column] = value;
                resultTotal += value;
            }
            var carriedOut = Count(requests * share * 0.04);
            var carriedIn = Math.Min(Count(requests * share * 0.03), resultTotal + carriedOut);
            report["s3", "res_total", column] = resultTotal;
            report["s3", "carried_out", column] = carriedOut;
            report["s3", "carried_in", column] = carriedIn;
            report["s3", "new_received", column] = resultTotal + carriedOut - carriedIn;
        }
        foreach (var row in s3.Rows)
            report["s3", row.Code, "total"] = ApplicantShare.Keys.Sum(c => report["s3", row.Code, c]);
    }

    /// <summary>Section 四: four outcome counts per group and their 总计; cases are rare and scale with the
    /// requests.</summary>
    private void FillReviewLitigation(SyntheticReport report, int requests)
    {
        double[] outcomeShare = [0.012, 0.003, 0.004, 0.004];
        foreach (var (group, factor) in new[] { ("review", 1.0), ("suit_direct", 0.4), ("suit_after_review", 0.3) })
        {
            // 维持, 纠正, 其他, 尚未审结, 总计: the template's column order within the group.
            var columns = report
                .Template.Table("s4")!
                .Columns.Select(c => c.Code)
                .Where(c => c.StartsWith(group + "_", StringComparison.Ordinal))
                .ToArray();
            var counts = outcomeShare.Select(s => Count(factor * (requests * s + 0.08))).ToArray();
            for (var i = 0; i < counts.Length; i++)
                report["s4", "cases", columns[i]] = counts[i];
            report["s4", "cases", columns[4]] = counts.Sum();
        }
    }

    /// <summary>A count around <paramref name="mean"/>: below 1 a chance of a single case, else ±50%.</summary>
    private int Count(double mean) =>
        mean < 1 ? (random.NextDouble() < mean ? 1 : 0) : (int)Math.Round(mean * (0.5 + random.NextDouble()));

    /// <summary>An amount up to <paramref name="max"/> with exactly <paramref name="decimals"/> decimals (so 2 prints
    /// as "51340.00").</summary>
    private decimal Money(int max, int decimals)
    {
        var scale = (int)Math.Pow(10, decimals);
        return new decimal(random.Next(scale, max * scale), 0, 0, false, (byte)decimals);
    }

    private T Pick<T>(T[] choices) => choices[random.Next(choices.Length)];
}
