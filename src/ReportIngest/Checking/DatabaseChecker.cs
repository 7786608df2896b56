using Microsoft.Data.Sqlite;
using ReportIngest.Checking.CrossYear;
using ReportIngest.Storage;

namespace ReportIngest.Checking;

/// <summary>
/// Re-runs the rules over every stored report, in-report and cross-year, and replaces their rule findings in one
/// transaction; S-STRUCT findings come from extraction and stay.
/// </summary>
public sealed class DatabaseChecker(SqliteConnection connection, ReportChecker checker)
{
    /// <summary>Every rule; returns how many reports were checked.</summary>
    public int Run()
    {
        var crossYear = new CrossYearChecker(connection).Check();
        var results = new List<(long ReportId, string Sha256, IReadOnlyList<Finding> Findings)>();
        foreach (var report in new StoredReports(connection).Read())
        {
            var facts = new ReportFacts(report.Facts, report.Versions, ReportChecker.DoubtfulCells(report.Structural)) { Text = report.Text };
            results.Add((report.Row.ReportId, report.Row.Sha256, [.. checker.Check(facts), .. crossYear.GetValueOrDefault(report.Row.ReportId) ?? []]));
        }
        new FindingReplacer(connection).ReplaceAll(results, FindingReplacer.RuleFindings);
        return results.Count;
    }

    /// <summary>Only the cross-year rules, for every report: after an ingest, new reports may pair with stored ones. Returns the findings written.</summary>
    public int RunCrossYear()
    {
        var crossYear = new CrossYearChecker(connection).Check();
        var reports = new ReportQueries(connection).Reports().Select(r => (r.ReportId, r.Sha256, (IReadOnlyList<Finding>)(crossYear.GetValueOrDefault(r.ReportId) ?? []))).ToList();
        new FindingReplacer(connection).ReplaceAll(reports, FindingReplacer.CrossYearFindings);
        return crossYear.Values.Sum(f => f.Count);
    }
}
