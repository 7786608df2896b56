using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Checking.CrossYear;
using ReportIngest.Storage;

namespace ReportIngest.Ingestion;

/// <summary>
/// Runs the rules over the stored reports, in-report and cross-year, and replaces their rule findings in one
/// transaction; S-STRUCT findings come from extraction and stay. The checker sees reports, never the database: this
/// class loads them and writes what it finds.
/// </summary>
public sealed class DatabaseChecker(SqliteConnection connection, ReportChecker checker)
{
    /// <summary>Every rule; returns how many reports were checked.</summary>
    public int Run()
    {
        var crossYear = CrossYear();
        var results = InReport()
            .Select(r =>
                (
                    r.ReportId,
                    r.Sha256,
                    (IReadOnlyList<Finding>)[.. r.Findings, .. crossYear.GetValueOrDefault(r.ReportId) ?? []]
                )
            )
            .ToList();
        new FindingReplacer(connection).ReplaceAll(results, FindingReplacer.RuleFindings);
        return results.Count;
    }

    /// <summary>
    /// The in-report rules over every report. A database file is read in parts on as many connections as there are
    /// cores (SQLite's WAL lets readers work side by side); the findings are written afterwards, on this connection.
    /// </summary>
    public List<(long ReportId, string Sha256, IReadOnlyList<Finding> Findings)> InReport()
    {
        var path = connection.DataSource;
        var parts = string.IsNullOrEmpty(path) || path == ":memory:" ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 8);
        var ranges = new StoredReports(connection).Ranges(parts);
        var results = new List<(long, string, IReadOnlyList<Finding>)>[ranges.Count];
        Parallel.For(0, ranges.Count, part =>
        {
            using var reader = ranges.Count == 1 ? null : Database.Open(path);
            results[part] =
            [
                .. new StoredReports(reader ?? connection)
                    .Read(range: ranges[part])
                    .Select(report =>
                        (
                            report.Row.ReportId,
                            report.Row.Sha256,
                            (IReadOnlyList<Finding>)
                                checker.Check(
                                    new ReportFacts(report.Facts, report.Versions, report.DoubtfulCells)
                                    {
                                        Text = report.Text,
                                    }
                                )
                        )
                    ),
            ];
        });
        return results.SelectMany(r => r).OrderBy(r => r.Item1).ToList();
    }

    /// <summary>Only the cross-year rules, for every report: after an ingest, new reports may pair with stored ones.
    /// Returns the findings written.</summary>
    public int RunCrossYear()
    {
        var crossYear = CrossYear();
        var reports = new ReportQueries(connection)
            .Reports()
            .Select(r =>
                (r.ReportId, r.Sha256, (IReadOnlyList<Finding>)(crossYear.GetValueOrDefault(r.ReportId) ?? []))
            )
            .ToList();
        new FindingReplacer(connection).ReplaceAll(reports, FindingReplacer.CrossYearFindings);
        return crossYear.Values.Sum(f => f.Count);
    }

    /// <summary>The cross-year findings of every stored report that has a predecessor, by report id.</summary>
    public Dictionary<long, List<Finding>> CrossYear() =>
        CrossYearChecker.Check(
            new StoredReports(connection)
                .Read(CrossYearChecker.ComparedRows, withText: false)
                .Where(r => r.Row.ReportYear is not null)
                .Select(r =>
                    (
                        new YearReport(
                            r.Row.ReportId,
                            r.Row.Document,
                            r.Row.Agency,
                            (int)r.Row.ReportYear!.Value,
                            new ReportFacts(r.Facts, r.Versions, r.DoubtfulCells)
                        ),
                        r.Row.CellsFound
                    )
                )
        );
}
