namespace ReportIngest.Generator;

/// <summary>
/// Prints the zeros of some section 三 rows as blank cells, as many filers do (template.md §8.1). The figures stay
/// consistent because a blank counts as 0.
/// </summary>
public static class ZeroBlanker
{
    /// <returns>
    /// The rows whose zeros were blanked, for the truth file's notes; null when section 三 holds no figure at all
    /// (blanking it would leave a wholly blank table, which template.md §8.1 treats as missing rather than 0).
    /// </returns>
    public static IReadOnlyList<string>? TryApply(SyntheticReport report, Random random, int rowCount)
    {
        var s3 = report.Template.Table("s3")!;
        if (report["s3", "new_received", "total"] is not > 0)
            return null;
        var rows = s3.Rows.Select(r => r.Code).OrderBy(_ => random.Next()).Take(rowCount).ToList();
        foreach (var row in rows)
        foreach (var col in s3.Columns)
            if (report["s3", row, col.Code] == 0)
                report["s3", row, col.Code] = null;
        return rows;
    }
}
