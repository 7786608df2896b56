using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Storage;

public class DocumentStoreTests
{
    /// <summary>A gov2021 report whose section 四 prints 1 in every cell: each total disagrees with its four parts.</summary>
    private static ProcessedDocument Sample(string agency = "某市统计局") => DocumentProcessor.Default.Process(new SourceDocument("s.md", Encoding.UTF8.GetBytes(
        $"# {agency}2021年政府信息公开工作年度报告\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n|" +
        string.Concat(Enumerable.Repeat(" 1 |", 15)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 15)) + "\n")));

    [Fact]
    public void Opening_applies_migrations_and_WAL()
    {
        using var folder = new TempFolder();
        using var connection = ReportDatabase.Open(Path.Combine(folder.Path, "t.db"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.True(connection.ExecuteScalar<long>("PRAGMA user_version") >= 1);
        using var again = ReportDatabase.Open(Path.Combine(folder.Path, "t.db"));
        Assert.Equal(0, again.ExecuteScalar<int>("SELECT count(*) FROM reports"));
    }

    [Fact]
    public void A_failure_inside_the_transaction_leaves_nothing_of_the_document()
    {
        using var folder = new TempFolder();
        using var connection = ReportDatabase.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample();
        connection.Execute("CREATE TRIGGER fail_facts BEFORE INSERT ON facts WHEN NEW.col_code = 'review_total' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");

        Assert.Throws<SqliteException>(() => new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM documents"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM reports"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Agency_names_full_of_sql_syntax_are_stored_as_data()
    {
        using var folder = new TempFolder();
        using var connection = ReportDatabase.Open(Path.Combine(folder.Path, "t.db"));
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
        using var connection = ReportDatabase.Open(Path.Combine(folder.Path, "t.db"));
        var doc = Sample();
        new DocumentStore(connection).Store(doc.Source, doc.Format, doc.Report, doc.Findings);
        var before = connection.ExecuteScalar<int>("SELECT count(*) FROM findings");
        Assert.True(before > 0); // every total is 1 while its parts sum to 4: R4-SUM fails in three groups

        var checker = new DatabaseChecker(connection, ReportChecker.Default);
        checker.Run();
        checker.Run();
        Assert.Equal(before, connection.ExecuteScalar<int>("SELECT count(*) FROM findings"));
        Assert.Equal(3, connection.ExecuteScalar<int>("SELECT count(*) FROM findings WHERE rule = 'R4-SUM' AND severity = 'error'"));
    }
}
