using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Storage;

/// <summary>
/// Stores one document with its report, facts (and their packed copy for the checker) and findings in a single
/// transaction: either all of it is there afterwards or none. The same bytes stored twice are recognised by SHA-256 and
/// left alone. A page that names its own URL (meta Url) gets it as source URL when the caller knows none.
/// </summary>
public sealed class DocumentStore(SqliteConnection connection)
{
    public bool Contains(string sha256) =>
        connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE sha256 = @sha256", new { sha256 }) is not null;

    /// <summary>Stores the document; returns its report id, or null when the same bytes were already stored.</summary>
    public long? Store(
        SourceDocument source,
        InputFormat format,
        ExtractedReport report,
        IReadOnlyList<Finding> findings,
        string? conversion = null
    )
    {
        using var transaction = connection.BeginTransaction();
        if (
            connection.ExecuteScalar<long?>(
                "SELECT id FROM documents WHERE sha256 = @Sha256",
                new { source.Sha256 },
                transaction
            )
            is not null
        )
            return null;

        var documentId = connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (sha256, name, path, source_url, format, size, ingested_at, converted_with)
            VALUES (@Sha256, @Name, @Path, @SourceUrl, @format, @size, @now, @conversion) RETURNING id
            """,
            new
            {
                source.Sha256,
                source.Name,
                source.Path,
                SourceUrl = source.SourceUrl ?? report.Page.Field("url"),
                format = format.ToString().ToLowerInvariant(),
                size = source.Bytes.Length,
                now = DateTime.UtcNow.ToString("O"),
                conversion,
            },
            transaction
        );

        var meta = report.Metadata;
        var page = report.Page;
        var reportId = connection.ExecuteScalar<long>(
            """
            INSERT INTO reports (document_id, agency, report_year, template, title, published_on, stat_period, parse_status, cells_expected, cells_found, cells_unreadable, text,
                                 index_no, category, publisher, doc_date, doc_no)
            VALUES (@documentId, @Agency, @ReportYear, @template, @Title, @PublishedOn, @StatPeriod, @parseStatus, @expected, @found, @unreadable, @text,
                    @indexNo, @category, @publisher, @docDate, @docNo) RETURNING id
            """,
            new
            {
                documentId,
                meta.Agency,
                meta.ReportYear,
                template = report.TemplateCode,
                meta.Title,
                meta.PublishedOn,
                meta.StatPeriod,
                parseStatus = report.ParseStatus,
                expected = report.CellsExpected,
                found = report.CellsFound,
                unreadable = report.CellsUnreadable,
                text = report.Text,
                indexNo = page.Field("index_no"),
                category = page.Field("category"),
                publisher = page.Field("publisher"),
                docDate = page.Field("doc_date"),
                docNo = page.Field("doc_no"),
            },
            transaction
        );

        using (
            var tables = new PreparedStatement(
                connection,
                "INSERT INTO report_tables (report_id, table_code, template) VALUES ($report, $table, $template)"
            )
        )
            foreach (var (table, version) in report.TableVersions)
                tables.Run(reportId, table, version.ToCode());

        InsertFacts(reportId, report.Facts);
        using (var writer = new FindingWriter(connection))
            writer.Insert(reportId, source.Sha256, findings);
        transaction.Commit();
        return reportId;
    }

    private void InsertFacts(long reportId, IReadOnlyList<Fact> facts)
    {
        using var insert = new PreparedStatement(
            connection,
            """
            INSERT INTO facts (report_id, table_code, row_code, col_code, value, raw, status, unit, page, locator, basis)
            VALUES ($report, $table, $row, $col, $value, $raw, $status, $unit, $page, $locator, $basis)
            """
        );
        foreach (var fact in facts)
            insert.Run(
                reportId,
                fact.Table,
                fact.Row,
                fact.Col,
                StoredValues.ToText(fact.Value),
                fact.Raw,
                fact.Status.ToCode(),
                fact.Unit,
                fact.Page,
                fact.Locator.Text,
                fact.Basis?.ToCode()
            );
        if (facts.Count > 0)
            connection.Execute(
                "INSERT INTO report_cells (report_id, cells) VALUES (@reportId, @cells)",
                new { reportId, cells = PackedFacts.Pack(facts) }
            );
    }
}
