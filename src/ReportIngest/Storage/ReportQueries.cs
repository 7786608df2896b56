using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Storage;

/// <summary>Read-side queries for check, export, show and evaluation. Results stream where they can be large.</summary>
public sealed class ReportQueries(SqliteConnection connection)
{
    private const string ReportColumns = """
        r.id AS ReportId, d.name AS Document, d.sha256 AS Sha256, d.source_url AS SourceUrl, r.agency AS Agency, r.report_year AS ReportYear,
        r.template AS Template, r.title AS Title, r.published_on AS PublishedOn, r.parse_status AS ParseStatus,
        r.cells_expected AS CellsExpected, r.cells_found AS CellsFound, r.cells_unreadable AS CellsUnreadable,
        r.stat_period AS StatPeriod, r.index_no AS IndexNo, r.category AS Category, r.publisher AS Publisher, r.doc_date AS DocDate, r.doc_no AS DocNo
        """;

    public IEnumerable<ReportRow> Reports(long firstId = 0, long lastId = long.MaxValue) =>
        connection.Query<ReportRow>(
            $"SELECT {ReportColumns} FROM reports r JOIN documents d ON d.id = r.document_id WHERE r.id BETWEEN @firstId AND @lastId ORDER BY r.id",
            new { firstId, lastId },
            buffered: false
        );

    /// <summary>The report of a document given by report id, file name or SH-256 (prefix).</summary>
    public ReportRow? FindReport(string documentOrId)
    {
        var id = long.TryParse(documentOrId, out var n) ? n : -1;
        return connection.QueryFirstOrDefault<ReportRow>(
            $"""
            SELECT {ReportColumns} FROM reports r JOIN documents d ON d.id = r.document_id
            WHERE r.id = @id OR d.name = @documentOrId OR (length(@documentOrId) >= 8 AND d.sha256 LIKE @documentOrId || '%')
            ORDER BY r.id LIMIT 1
            """,
            new { id, documentOrId }
        );
    }

    public IEnumerable<FactRow> Facts(long? reportId = null) =>
        connection.Query<FactRow>(
            """
            SELECT f.report_id AS ReportId, d.name AS Document, d.sha256 AS Sha256, r.agency AS Agency, r.report_year AS ReportYear,
                   t.template AS TableTemplate, r.template AS ReportTemplate, f.table_code AS "Table", f.row_code AS Row, f.col_code AS Col,
                   f.value AS Value, f.raw AS Raw, f.status AS Status,
                   f.unit AS Unit, f.page AS Page, f.locator AS Locator, f.basis AS Basis
            FROM facts f JOIN reports r ON r.id = f.report_id JOIN documents d ON d.id = r.document_id
            LEFT JOIN report_tables t ON t.report_id = f.report_id AND t.table_code = f.table_code
            WHERE @reportId IS NULL OR f.report_id = @reportId
            ORDER BY f.report_id, f.id
            """,
            new { reportId },
            buffered: false
        );

    public IEnumerable<FindingRow> Findings(long? reportId = null) =>
        connection.Query<FindingRow>(
            """
            SELECT f.report_id AS ReportId, d.name AS Document, f.rule AS Rule, f.severity AS Severity, f.status AS Status, f.scope AS Scope,
                   f.expression AS Expression, f.left_value AS "Left", f.right_value AS "Right", f.cells AS Cells,
                   f.other_report_id AS OtherReportId, od.name AS OtherDocument, f.attributed_to AS AttributedTo, f.message AS Message,
                   r.report_year AS ReportYear
            FROM findings f JOIN reports r ON r.id = f.report_id JOIN documents d ON d.id = r.document_id
            LEFT JOIN reports o ON o.id = f.other_report_id LEFT JOIN documents od ON od.id = o.document_id
            WHERE @reportId IS NULL OR f.report_id = @reportId
            ORDER BY f.report_id, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.rule, f.scope
            """,
            new { reportId },
            buffered: false
        );

    public IReadOnlyDictionary<string, string> TableTemplates(long reportId) =>
        connection
            .Query<(string Table, string Template)>(
                "SELECT table_code, template FROM report_tables WHERE report_id = @reportId",
                new { reportId }
            )
            .ToDictionary(t => t.Table, t => t.Template);
}
