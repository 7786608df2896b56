using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;

namespace ReportIngest.Storage;

/// <summary>Replaces the rule findings of one report (S-STRUCT findings come from extraction and stay) in one transaction.</summary>
public sealed class FindingReplacer(SqliteConnection connection)
{
    public void Replace(long reportId, string documentSha, IReadOnlyList<Finding> ruleFindings)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM findings WHERE report_id = @reportId AND rule <> 'S-STRUCT'", new { reportId }, transaction);
        FindingWriter.Insert(connection, reportId, documentSha, ruleFindings);
        transaction.Commit();
    }
}
