using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Ingestion;
using ReportIngest.Storage;
using ReportIngest.Text;

namespace ReportIngest.Tests.Storage;

public class DocumentStoreTests
{
    /// <summary>A gov2021 report whose section 四 prints 1 in every cell: each total disagrees with its four
    /// parts.</summary>
    private static ProcessedDocument Sample(string agency = "某市统计局") =>
        DocumentProcessor.Default.Process(
            new SourceDocument(
                "s.md",
                Encoding.UTF8.GetBytes(
                    $"# {agency}2021年政府信息公开工作年度报告\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n|"
                        + string.Concat(Enumerable.Repeat(" 1 |", 15))
                        + "\n|"
                        + string.Concat(Enumerable.Repeat("---|", 15))
                        + "\n"
                )
            )
        );

    [Fact]
    public void Opening_applies_migrations_and_WAL()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.True(connection.ExecuteScalar<long>("PRAGMA user_version") >= 1);
        using var again = Database.Open(Path.Combine(folder.Path, "t.db"));
        Assert.Equal(0, again.ExecuteScalar<int>("SELECT count(*) FROM reports"));
    }

    [Fact]
    public async Task Commands_opening_a_new_database_at_once_all_find_it_ready()
    {
        // ingest and check started together on a new database: each must wait for the other's migration, never
        // create the tables a second time ("table documents already exists")
        using var folder = new TempFolder();
        for (var round = 0; round < 20; round++)
        {
            var path = Path.Combine(folder.Path, $"new-{round}.db");
            var opened = Enumerable
                .Range(0, 4)
                .Select(_ =>
                    Task.Run(() =>
                    {
                        using var connection = Database.Open(path);
                        return connection.ExecuteScalar<long>("PRAGMA user_version");
                    })
                )
                .ToArray();
            var versions = await Task.WhenAll(opened);
            Assert.All(versions, version => Assert.Equal(Migrations.All.Max(m => m.Version), version));
        }
    }

    [Fact]
    public void A_failure_inside_the_transaction_leaves_nothing_of_the_document()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample();
        connection.Execute(
            "CREATE TRIGGER fail_facts BEFORE INSERT ON facts WHEN NEW.col_code = 'review_total' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
        );

        Assert.Throws<SqliteException>(() =>
            new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings)
        );
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM documents"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM reports"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Agency_names_full_of_sql_syntax_are_stored_as_data()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample("某局' OR 'x'='x\"）DROP TABLE facts--");
        new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings);
        var stored = connection.ExecuteScalar<string>("SELECT agency FROM reports");
        Assert.Equal(doc.Report.Metadata.Agency, stored);
        Assert.Contains("'x'='x\")DROPTABLEfacts--", stored); // normalised (NFKC, no spaces), never interpreted
        Assert.Equal(15, connection.ExecuteScalar<int>("SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Rechecking_replaces_rule_findings_without_duplicating_them()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample();
        new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings);
        var before = connection.ExecuteScalar<int>("SELECT count(*) FROM findings");
        Assert.True(before > 0); // every total is 1 while its parts sum to 4: R4-SUM fails in three groups

        var checker = new DatabaseChecker(connection, ReportChecker.Default);
        checker.Run();
        checker.Run();
        Assert.Equal(before, connection.ExecuteScalar<int>("SELECT count(*) FROM findings"));
        Assert.Equal(
            3,
            connection.ExecuteScalar<int>("SELECT count(*) FROM findings WHERE rule = 'R4-SUM' AND severity = 'error'")
        );
    }

    [Fact]
    public void The_checker_reads_back_every_fact_as_stored()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample();
        var reportId = new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings)!.Value;
        // A cell no Markdown sample holds: a decimal with a unit, a page, a ruled cell, and a raw text with both
        // separators of the packed form.
        connection.Execute(
            """
            INSERT INTO facts (report_id, table_code, row_code, col_code, value, raw, status, unit, page, locator, basis)
            VALUES (@reportId, 's2', 'fees', 'amount', '12.5', '12.5|万' || char(30) || '元', 'value', '万元', 3, 'p3/t1/r2/c4', 'rulings')
            """,
            new { reportId }
        );
        connection.Execute(PackedFacts.PackSql("report_id = @reportId"), new { reportId });

        var read = Assert.Single(new StoredReports(connection).Read());
        var expected = doc
            .Report.Facts.Select(f => f with { Locator = f.Page is { } page ? Locator.OnPage(page) : Locator.None })
            .Append(
                new Fact(
                    "s2",
                    "fees",
                    "amount",
                    12.5m,
                    "12.5|万\uFFFD元",
                    CellStatus.Value,
                    "万元",
                    Locator.OnPage(3),
                    ColumnBasis.Rulings
                )
            );
        Assert.Equal(expected.OrderBy(f => f.Key), read.Facts.OrderBy(f => f.Key));
    }

    [Fact]
    public void Facts_are_packed_in_memory_exactly_as_the_migration_packs_stored_ones()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var processed = DocumentProcessor.Default.Process(
            SourceDocument.FromFile(Path.Combine(TestPaths.Corpus, "generated", "gen_19_gov2021_tracked_clean.docx"))
        );
        var reportId = new DocumentStore(connection)
            .Store(processed.Source, processed.Format, processed.Report, processed.Findings)!
            .Value;
        connection.Execute(
            """
            INSERT INTO facts (report_id, table_code, row_code, col_code, value, raw, status, unit, page, locator, basis)
            VALUES (@reportId, 's2', 'fees', 'amount', '12.5', '12.5|万' || char(30) || '元', 'value', '万元', 3, 'p3', 'position')
            """,
            new { reportId }
        );
        var inMemory = connection.ExecuteScalar<string>(
            "SELECT cells FROM report_cells WHERE report_id = @reportId",
            new { reportId }
        )!;
        var fees = PackedFacts.Pack([
            new Fact(
                "s2",
                "fees",
                "amount",
                12.5m,
                "12.5|万\u001e元",
                CellStatus.Value,
                "万元",
                Locator.OnPage(3),
                ColumnBasis.Position
            ),
        ]);

        connection.Execute(PackedFacts.PackSql("report_id = @reportId"), new { reportId });
        var bySql = connection.ExecuteScalar<string>(
            "SELECT cells FROM report_cells WHERE report_id = @reportId",
            new { reportId }
        )!;

        Assert.Equal((inMemory + "\u001e" + fees).Split('\u001e').Order(), bySql.Split('\u001e').Order());
    }

    [Fact]
    public void A_database_from_before_the_packed_facts_gets_them_on_opening()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "old.db");
        var doc = Sample();
        using (var old = DatabaseAt(path, version: 2, format: "markdown", cells: 15))
        {
            foreach (var f in doc.Report.Facts)
                old.Execute(
                    "INSERT INTO facts (report_id, table_code, row_code, col_code, value, raw, status, locator) VALUES (1, @Table, @Row, @Col, '1', @Raw, 'value', @Locator)",
                    new
                    {
                        f.Table,
                        f.Row,
                        f.Col,
                        f.Raw,
                        Locator = f.Locator.Text,
                    }
                );
        }

        using var connection = Database.Open(path);
        var read = Assert.Single(new StoredReports(connection).Read());
        Assert.Equal(doc.Report.Facts.Select(f => f.Key).Order(), read.Facts.Select(f => f.Key).Order());
        Assert.All(read.Facts, f => Assert.Equal((1m, "1"), (f.Value, f.Raw)));
    }

    [Fact]
    public void Facts_stored_before_their_column_basis_was_get_it_from_their_page_and_are_packed_again()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "v5.db");
        using (var old = DatabaseAt(path, version: 5, format: "pdf", cells: 2))
        {
            old.Execute(
                """
                INSERT INTO facts (report_id, table_code, row_code, col_code, value, raw, status, page, locator) VALUES
                    (1, 's3', 'new_received', 'natural_person', '12', '12', 'value', 4, 'p4:1,2,3,4'),
                    (1, 's3', 'new_received', 'total', '12', '12', 'value', NULL, 'L9')
                """
            );
            // packed as version 3 packed them, without the basis field
            old.Execute(
                "INSERT INTO report_cells (report_id, cells) VALUES (1, 's3.new_received.natural_person|value|12||4|12' || char(30) || 's3.new_received.total|value|12|||12')"
            );
        }

        using var connection = Database.Open(path);

        Assert.Equal(["position", null], connection.Query<string?>("SELECT basis FROM facts ORDER BY id"));
        var read = Assert.Single(new StoredReports(connection).Read()).Facts.OrderBy(f => f.Key).ToList();
        Assert.Equal(
            [
                ("s3.new_received.natural_person", 12m, "12", (ColumnBasis?)ColumnBasis.Position),
                ("s3.new_received.total", 12m, "12", null),
            ],
            read.Select(f => (f.Key, f.Value!.Value, f.Raw, f.Basis))
        );
    }

    /// <summary>A database as a version of this program left it (schema migrated up to <paramref name="version"/>),
    /// holding one document and its report.</summary>
    private static SqliteConnection DatabaseAt(string path, int version, string format, int cells)
    {
        var old = new SqliteConnection($"Data Source={path};Pooling=False");
        old.Open();
        foreach (var (_, sql) in Migrations.All.Where(m => m.Version <= version))
            old.Execute(sql);
        old.Execute($"PRAGMA user_version = {version}");
        old.Execute(
            "INSERT INTO documents (sha256, name, format, size, ingested_at) VALUES ('x', 's', @format, 1, '2026-01-01')",
            new { format }
        );
        old.Execute(
            "INSERT INTO reports (document_id, template, parse_status, cells_expected, cells_found, cells_unreadable, text) VALUES (1, 'gov2021', 'partial', @cells, @cells, 0, '')",
            new { cells }
        );
        return old;
    }
}
