using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>Plants one <see cref="Fault"/> in a report's final figures, changing the printed cells only.</summary>
public static class FaultInjector
{
    /// <returns>What was changed, for the truth file's notes; null when the report offers nothing the fault can hit
    /// (only zeros to mistype, a 总计 that is 0 already).</returns>
    public static string? TryApply(SyntheticReport report, Fault fault, Random random) =>
        fault switch
        {
            Fault.None => "none",
            Fault.LeafTypo => Mistype(report, random, ResultLeafCells(report)),
            Fault.WrongRowTotal => Mistype(
                report,
                random,
                report.Template.Table("s3")!.Rows.Select(r => CellKey.Of("s3", r.Code, "total"))
            ),
            Fault.ReviewTotalZero => PrintZero(report, CellKey.Of("s4", "cases", "review_total")),
            Fault.ResultTotalZero => PrintZero(report, CellKey.Of("s3", "res_total", "total")),
            Fault.SubtotalTypo => "none (a 小计 typo is planted once the 小计 column is computed)",
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
        };

    /// <summary>Mistypes one printed 小计 that is not 0 (<see cref="Fault.SubtotalTypo"/>); "none" when the report prints
    /// no 小计 column.</summary>
    public static string? MistypeSubtotal(SyntheticReport report, Random random)
    {
        var pool = report
            .Extras.Where(e =>
                e.Key.EndsWith("." + ReportLayout.SubtotalColumn, StringComparison.Ordinal) && e.Value > 0
            )
            .Select(e => e.Key)
            .ToArray();
        if (!report.HasSubtotalColumn)
            return "none";
        if (pool.Length == 0)
            return null;
        var key = pool[random.Next(pool.Length)];
        var old = report.Extras[key]!.Value;
        var typed = Typo(old, random);
        report.Extras[key] = typed;
        return $"typo: {key} (小计) printed as {typed}, should be {old}";
    }

    /// <summary>Section 三 result rows (not （七）总计) in the six applicant columns.</summary>
    private static IEnumerable<string> ResultLeafCells(SyntheticReport report)
    {
        var s3 = report.Template.Table("s3")!;
        return from row in s3.Rows
            where row.Code.StartsWith("res_", StringComparison.Ordinal) && row.Code != "res_total"
            from col in s3.Columns
            where col.Code != "total"
            select CellKey.Of("s3", row.Code, col.Code);
    }

    /// <summary>Mistypes one of <paramref name="candidates"/> that is not 0 (a typo needs digits to slip); null when
    /// all are 0 or blank.</summary>
    private static string? Mistype(SyntheticReport report, Random random, IEnumerable<string> candidates)
    {
        var pool = candidates.Where(k => report.Cells[k] > 0).ToArray();
        if (pool.Length == 0)
            return null;
        var key = pool[random.Next(pool.Length)];
        var old = report.Cells[key]!.Value;
        var typed = Typo(old, random);
        report.Cells[key] = typed;
        return $"typo: {key} printed as {typed}, should be {old}";
    }

    /// <summary>Swaps the last two digits when they differ (21 for 12), otherwise adds 1–9.</summary>
    private static decimal Typo(decimal value, Random random)
    {
        var digits = value.ToString("0", CultureInfo.InvariantCulture);
        if (digits.Length >= 2 && digits[^1] != digits[^2])
            return decimal.Parse(string.Concat(digits[..^2], digits[^1], digits[^2]), CultureInfo.InvariantCulture);
        return value + random.Next(1, 10);
    }

    private static string? PrintZero(SyntheticReport report, string key)
    {
        if (report.Cells[key] is not { } old || old <= 0)
            return null;
        report.Cells[key] = 0;
        return $"total left at 0: {key} printed as 0, should be {old}";
    }
}
