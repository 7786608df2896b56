using Microsoft.Data.Sqlite;
using ReportIngest.Checking;

namespace ReportIngest.Storage;

/// <summary>
/// Replaces a kind of findings of many reports in one transaction: each report's old ones go, its new ones are
/// written. Reports not in the list (stored while the check ran) keep theirs.
/// </summary>
public sealed class FindingReplacer(SqliteConnection connection)
{
    /// <summary>Every rule finding, in-report and cross-year (S-STRUCT findings come from extraction and
    /// stay).</summary>
    public const string RuleFindings = "rule <> 'S-STRUCT'";

    /// <summary>Only the cross-year findings (rules X…).</summary>
    public const string CrossYearFindings = "rule LIKE 'X%'";

    public void ReplaceAll(
        IEnumerable<(long ReportId, string Sha256, IReadOnlyList<Finding> Findings)> reports,
        string which
    )
    {
        using var transaction = connection.BeginTransaction();
        using var delete = new PreparedStatement(
            connection,
            $"DELETE FROM findings WHERE report_id = $report AND {which}"
        );
        using var writer = new FindingWriter(connection);
        foreach (var (reportId, sha, findings) in reports)
        {
            delete.Run(reportId);
            writer.Insert(reportId, sha, findings);
        }
        transaction.Commit();
    }
}
