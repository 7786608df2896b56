using Microsoft.Data.Sqlite;
using ReportIngest.Checking.CrossYear;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Checking;

/// <summary>
/// Re-runs every rule over every stored report, in-report and cross-year, and replaces their rule findings; returns
/// how many reports were checked.
/// </summary>
public sealed class DatabaseChecker(SqliteConnection connection, ReportChecker checker)
{
    public int Run()
    {
        var queries = new ReportQueries(connection);
        var replacer = new FindingReplacer(connection);
        var crossYear = new CrossYearChecker(connection).Check();
        var reports = queries.Reports().Select(r => (r.ReportId, r.Sha256)).ToList();
        foreach (var (reportId, sha) in reports)
        {
            var versions = queries.TableTemplates(reportId)
                .Where(t => TemplateVersionCodes.Parse(t.Value) is not null)
                .ToDictionary(t => t.Key, t => TemplateVersionCodes.Parse(t.Value)!.Value);
            var structural = queries.Findings(reportId).Where(f => f.Rule == "S-STRUCT").Select(f => f.ToFinding()).ToList();
            var facts = new ReportFacts(queries.Facts(reportId).Select(f => f.ToFact()).ToList(), versions, ReportChecker.DoubtfulCells(structural))
            {
                Text = queries.ReportText(reportId),
            };
            replacer.Replace(reportId, sha, [.. checker.Check(facts), .. crossYear.GetValueOrDefault(reportId) ?? []]);
        }
        return reports.Count;
    }

    /// <summary>Only the cross-year rules, for every report: after an ingest, new reports may pair with stored ones.</summary>
    public int RunCrossYear()
    {
        var crossYear = new CrossYearChecker(connection).Check();
        var replacer = new FindingReplacer(connection);
        foreach (var report in new ReportQueries(connection).Reports().ToList())
            replacer.ReplaceCrossYear(report.ReportId, report.Sha256, crossYear.GetValueOrDefault(report.ReportId) ?? []);
        return crossYear.Values.Sum(f => f.Count);
    }
}
