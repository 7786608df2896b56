using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// Decides the template version of each table from its own headers and rows (template.md §9), never from the
/// report year alone, so a report may mix versions. Falls back to the other tables, then to the year.
/// </summary>
public static class VersionDetector
{
    private static readonly string[] Proactive2021Phrases = ["制发", "废止", "现行有效", "收费金额"];
    private static readonly string[] Proactive2019Phrases =
    [
        "新制作",
        "新公开",
        "对外公开总数",
        "上一年项目数",
        "增/减",
        "增减",
        "采购项目数",
        "采购总金额",
    ];

    public static IReadOnlyDictionary<string, TemplateVersion> Detect(
        IReadOnlyDictionary<string, TableObservation> tables,
        int? reportYear
    )
    {
        var versions = new Dictionary<string, TemplateVersion>();
        foreach (var (code, observation) in tables.Where(t => t.Key.StartsWith("s2_", StringComparison.Ordinal)))
            if (FromOwnEvidence(code, observation) is { } version)
                versions[code] = version;

        TemplateVersion? s2 = versions.Count > 0 ? versions.Values.Max() : null;
        TemplateVersion? s3 = null;
        if (tables.TryGetValue("s3", out var requests))
            s3 = RequestsVersion(requests) ?? s2 ?? ByYear(reportYear);
        var fallback = s3 ?? s2 ?? ByYear(reportYear);

        foreach (var code in tables.Keys.Where(c => c.StartsWith("s2_", StringComparison.Ordinal)))
            versions.TryAdd(code, s2 ?? fallback);
        if (s3 is { } v3)
            versions["s3"] = v3;
        if (tables.ContainsKey("s4"))
            versions["s4"] = fallback;
        return versions;
    }

    private static TemplateVersion? FromOwnEvidence(string code, TableObservation table)
    {
        if (code == "s2_a20_9")
            return TemplateVersion.Gov2019;
        if (table.HeaderTexts.Any(h => Proactive2021Phrases.Any(h.Contains)))
            return TemplateVersion.Gov2021;
        if (table.HeaderTexts.Any(h => Proactive2019Phrases.Any(h.Contains)))
            return TemplateVersion.Gov2019;
        if (table.Rows.Any(r => r.Row.Code == "other_mgmt_service"))
            return TemplateVersion.Gov2019;

        // Without headers, the number of values tells 2019's (五)(六)(八) sub-tables from 2021's single-value ones.
        var columns2019 = Gov2019.Definition.Table(code)!.Columns.Count;
        var columns2021 = Gov2021.Definition.Table(code)?.Columns.Count;
        var counts = table.Rows.Select(r => r.Parts.NonBlankCount).Distinct().ToList();
        if (columns2021 is { } c21 && c21 != columns2019 && counts.Count == 1)
        {
            if (counts[0] == columns2019)
                return TemplateVersion.Gov2019;
            if (counts[0] == c21)
                return TemplateVersion.Gov2021;
        }
        return null;
    }

    private static TemplateVersion? RequestsVersion(TableObservation table)
    {
        var rows = table.Rows.Select(r => r.Row.Code).ToHashSet();
        if (rows.Overlaps(["res_other_no_correction", "res_other_fee_unpaid", "res_other_misc"]))
            return TemplateVersion.Gov2021;
        if (rows.Contains("res_other"))
            return TemplateVersion.Gov2019;
        return null;
    }

    private static TemplateVersion ByYear(int? year) =>
        year is >= 2021 ? TemplateVersion.Gov2021 : TemplateVersion.Gov2019;
}
