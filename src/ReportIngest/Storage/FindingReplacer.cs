using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;

namespace ReportIngest.Storage;

/// <summary>Replaces rule findings of one report in one transaction; S-STRUCT findings come from extraction and stay.</summary>
public sealed class FindingReplacer(SqliteConnection connection)
{
    /// <summary>Every rule finding (in-report and cross-year).</summary>
    public void Replace(long reportId, string documentSha, IReadOnlyList<Finding> ruleFindings) =>
        Replace(reportId, documentSha, ruleFindings, "rule <> 'S-STRUCT'");

    /// <summary>Only the cross-year findings (rules X…), after new reports arrived.</summary>
    public void ReplaceCrossYear(long reportId, string documentSha, IReadOnlyList<Finding> crossYearFindings) =>
        Replace(reportId, documentSha, crossYearFindings, "rule LIKE 'X%'");

    private void Replace(long reportId, string documentSha, IReadOnlyList<Finding> findings, string which)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute($"DELETE FROM findings WHERE report_id = @reportId AND {which}", new { reportId }, transaction);
        FindingWriter.Insert(connection, reportId, documentSha, findings);
        transaction.Commit();
    }
}
