using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Evidence;

namespace ReportIngest.Storage;

/// <summary>
/// Writes findings with a stable fingerprint, so that re-running a check replaces rather than duplicates them. One
/// writer serves any number of reports inside the transaction the connection has open.
/// </summary>
internal sealed class FindingWriter(SqliteConnection connection) : IDisposable
{
    private readonly PreparedStatement _insert = new(
        connection,
        """
        INSERT INTO findings (report_id, rule, severity, status, scope, expression, left_value, right_value, cells, other_report_id, attributed_to, message, fingerprint)
        VALUES ($report, $rule, $severity, $status, $scope, $expression, $left, $right, $cells, $other, $attributed, $message, $fingerprint)
        ON CONFLICT (fingerprint) DO UPDATE SET severity = excluded.severity, status = excluded.status, expression = excluded.expression,
            left_value = excluded.left_value, right_value = excluded.right_value, cells = excluded.cells, other_report_id = excluded.other_report_id,
            attributed_to = excluded.attributed_to, message = excluded.message
        """
    );

    public void Insert(long reportId, string documentSha, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
            _insert.Run(
                reportId,
                finding.Rule,
                finding.Severity.Code(),
                finding.Status.Code(),
                finding.Scope,
                finding.Expression,
                StoredValues.ToText(finding.Left),
                StoredValues.ToText(finding.Right),
                string.Join(';', finding.Cells),
                finding.OtherReportId,
                finding.AttributedTo.Code(),
                finding.Message,
                Fingerprint(documentSha, finding)
            );
    }

    public void Dispose() => _insert.Dispose();

    public static string Fingerprint(string documentSha, Finding finding)
    {
        var identity =
            finding.Rule == Finding.StructuralRule ? $"{finding.Scope}|{finding.Expression}|{finding.Message}"
            : finding.OtherReportId is { } other ? $"{finding.Scope}|{other}"
            : finding.Scope;
        return Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes($"{documentSha}|{finding.Rule}|{identity}"))
        )[..32];
    }
}
