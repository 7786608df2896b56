using Microsoft.Data.Sqlite;
using ReportIngest.Evidence;
using ReportIngest.Ingestion;

namespace ReportIngest.Cli;

/// <summary>
/// The end of an ingestion run, whatever its inputs: the cross-year pass over the whole database (new reports may
/// pair with stored ones), then the summary on stdout.
/// </summary>
public static class IngestReport
{
    public static void Finish(IngestSummary summary, SqliteConnection connection)
    {
        var crossYear = new DatabaseChecker(connection, Checking.ReportChecker.Default).RunCrossYear();
        Console.WriteLine(
            $"{summary.Total} document(s): {summary.Stored} stored, {summary.AlreadyStored} already stored (unchanged), {summary.Failures.Count} failed"
                + (
                    summary.Skipped.Count > 0
                        ? $"; {summary.Skipped.Count} entr{(summary.Skipped.Count == 1 ? "y" : "ies")} of the folders skipped (not documents)"
                        : ""
                )
        );
        foreach (var failure in summary.Failures)
            Console.WriteLine($"  failed  {failure.Path}: {failure.Error}");
        if (summary.WithoutReport.Count > 0)
            Console.WriteLine($"{summary.WithoutReport.Count} stored document(s) hold no readable report:");
        foreach (var empty in summary.WithoutReport)
            Console.WriteLine($"  {empty.ParseStatus}  {empty.Path}: {empty.NoReportReason}");
        var bySeverity = summary.FindingsBySeverity;
        Console.WriteLine(
            $"findings in stored documents: {bySeverity[Severity.Error]} error(s), {bySeverity[Severity.Warning]} warning(s), {bySeverity[Severity.Info]} info; "
                + $"{crossYear} cross-year finding(s) over the whole database"
        );
    }
}
