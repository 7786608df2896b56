using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;

namespace ReportIngest.Storage;

/// <summary>Writes findings with a stable fingerprint, so that re-running a check replaces rather than duplicates them.</summary>
internal static class FindingWriter
{
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long reportId, string documentSha, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            connection.Execute("""
                INSERT INTO findings (report_id, rule, severity, status, scope, expression, left_value, right_value, cells, attributed_to, message, fingerprint)
                VALUES (@reportId, @Rule, @Severity, @Status, @Scope, @Expression, @left, @right, @cells, @AttributedTo, @Message, @fingerprint)
                ON CONFLICT (fingerprint) DO UPDATE SET severity = excluded.severity, status = excluded.status, expression = excluded.expression,
                    left_value = excluded.left_value, right_value = excluded.right_value, cells = excluded.cells,
                    attributed_to = excluded.attributed_to, message = excluded.message
                """,
                new
                {
                    reportId,
                    finding.Rule, finding.Severity, finding.Status, finding.Scope, finding.Expression,
                    left = StoredValues.ToText(finding.Left),
                    right = StoredValues.ToText(finding.Right),
                    cells = string.Join(';', finding.Cells),
                    finding.AttributedTo, finding.Message,
                    fingerprint = Fingerprint(documentSha, finding),
                }, transaction);
        }
    }

    public static string Fingerprint(string documentSha, Finding finding)
    {
        var identity = finding.Rule == "S-STRUCT" ? $"{finding.Scope}|{finding.Expression}|{finding.Message}" : finding.Scope;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{documentSha}|{finding.Rule}|{identity}")))[..32];
    }
}
