namespace ReportIngest.Generator;

/// <summary>
/// Prints some zeros as placeholders instead ("-", "/", "无", "—"; template.md §8.3): every zero of a few section 三
/// rows, and some zeros of section 二 and 四. Like a blank, a placeholder counts as 0, so the figures stay consistent;
/// the truth file records the cell as null.
/// </summary>
public static class ZeroPlaceholders
{
    public static readonly string[] Marks = ["-", "/", "无", "—"];

    /// <returns>The cells printed as placeholders; null when section 三 holds no figure at all (a table of placeholders
    /// only would be missing, not 0).</returns>
    public static IReadOnlyList<string>? TryApply(SyntheticReport report, Random random, int requestRows)
    {
        if (report["s3", "new_received", "total"] is not > 0)
            return null;
        var s3 = report.Template.Table("s3")!;
        var rows = s3.Rows.Select(r => r.Code).OrderBy(_ => random.Next()).Take(requestRows).ToHashSet();
        var keys = new List<string>();
        foreach (var table in report.Template.Tables)
        foreach (var row in table.Rows)
        foreach (var col in table.Columns)
        {
            var key = Templates.CellKey.Of(table.Code, row.Code, col.Code);
            var chosen = table.Code == "s3" ? rows.Contains(row.Code) : random.NextDouble() < 0.4;
            if (!chosen || report.Cells[key] != 0)
                continue;
            report.Cells[key] = null;
            report.Placeholders[key] = Marks[random.Next(Marks.Length)];
            keys.Add(key);
        }
        return keys;
    }
}
