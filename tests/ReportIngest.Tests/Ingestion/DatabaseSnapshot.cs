using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Tests.Ingestion;

/// <summary>What a database holds, without ids or times: documents, reports, facts, packed facts and findings, each
/// keyed by the document's SHA-256.</summary>
internal static class DatabaseSnapshot
{
    public static List<string> Take(SqliteConnection connection) =>
        [
            .. connection.Query<string>("SELECT 'document ' || sha256 || ' ' || name || ' ' || format FROM documents"),
            .. connection.Query<string>(
                """
                SELECT 'report ' || d.sha256 || ' ' || COALESCE(r.agency, '') || ' ' || COALESCE(r.report_year, '') || ' ' || r.template || ' ' || r.parse_status
                       || ' ' || r.cells_found || ' ' || (SELECT count(*) FROM facts f WHERE f.report_id = r.id)
                FROM reports r JOIN documents d ON d.id = r.document_id
                """
            ),
            .. connection.Query<string>(
                "SELECT 'cells ' || d.sha256 || ' ' || length(c.cells) FROM report_cells c JOIN reports r ON r.id = c.report_id JOIN documents d ON d.id = r.document_id"
            ),
            .. connection.Query<string>(
                """
                SELECT 'fact ' || d.sha256 || ' ' || f.table_code || '.' || f.row_code || '.' || f.col_code || '=' || COALESCE(f.value, '') || ' ' || f.status || ' ' || f.raw
                FROM facts f JOIN reports r ON r.id = f.report_id JOIN documents d ON d.id = r.document_id
                """
            ),
            .. connection.Query<string>(
                "SELECT 'finding ' || d.sha256 || ' ' || f.fingerprint FROM findings f JOIN reports r ON r.id = f.report_id JOIN documents d ON d.id = r.document_id"
            ),
        ];

    /// <summary>Reports stored with fewer facts than they have, or facts without their packed copy: none may
    /// exist.</summary>
    public static List<string> Partial(SqliteConnection connection) =>
        [
            .. connection.Query<string>(
                "SELECT 'document without report ' || d.sha256 FROM documents d WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.document_id = d.id)"
            ),
            .. connection.Query<string>(
                """
                SELECT 'report without its packed facts ' || r.id FROM reports r
                WHERE EXISTS (SELECT 1 FROM facts f WHERE f.report_id = r.id) AND NOT EXISTS (SELECT 1 FROM report_cells c WHERE c.report_id = r.id)
                """
            ),
            .. connection.Query<string>(
                """
                SELECT 'report with ' || (SELECT count(*) FROM facts f WHERE f.report_id = r.id AND f.status <> 'unreadable') || ' readable facts, ' || r.cells_found || ' found ' || r.id
                FROM reports r WHERE (SELECT count(*) FROM facts f WHERE f.report_id = r.id AND f.status <> 'unreadable') <> r.cells_found
                """
            ),
        ];
}
