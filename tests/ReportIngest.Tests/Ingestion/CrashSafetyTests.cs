using Dapper;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Ingestion;

/// <summary>Ingestion killed (SIGKILL) at random points, and two ingestions with check and export running beside
/// them.</summary>
public class CrashSafetyTests
{
    private const int Kills = 20;

    private static List<string> Reference()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "reference.db"));
        new IngestRunner(DocumentProcessor.Default, 2).Run([TestPaths.Corpus], connection);
        new ReportIngest.Ingestion.DatabaseChecker(
            connection,
            ReportIngest.Checking.ReportChecker.Default
        ).RunCrossYear();
        return DatabaseSnapshot.Take(connection);
    }

    [Fact]
    public void Ingestion_killed_twenty_times_leaves_whole_reports_only_and_ends_as_an_uninterrupted_run()
    {
        var expected = Reference();
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "killed.db");
        // Kill points spread over a whole run as long as it takes on this machine (a fixed span of milliseconds lets a
        // fast machine finish first nearly every time).
        var whole = System.Diagnostics.Stopwatch.StartNew();
        using (
            var timed = ChildProgram.Start(
                "--db",
                Path.Combine(folder.Path, "timed.db"),
                "ingest",
                TestPaths.Corpus,
                "--workers",
                "1"
            )
        )
            Assert.True(timed.Process.WaitForExit(120_000));
        var runMilliseconds = (int)whole.ElapsedMilliseconds;
        var random = new Random(20261128);
        var kills = 0;
        for (var run = 0; kills < Kills && run < 80; run++)
        {
            using (var ingest = ChildProgram.Start("--db", database, "ingest", TestPaths.Corpus, "--workers", "1"))
                if (!ingest.KillAfter(random.Next(runMilliseconds / 10, runMilliseconds)))
                {
                    // finished first: start again from an empty database, so that the next run has something to
                    // interrupt
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var file in Directory.GetFiles(folder.Path, "killed.db*"))
                        File.Delete(file);
                    continue;
                }
            kills++;
            using var connection = Database.Open(database);
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
            Assert.Empty(DatabaseSnapshot.Partial(connection));
            Assert.Empty(connection.Query<string>("SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1"));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (
                connection.ExecuteScalar<int>("SELECT count(*) FROM documents")
                == expected.Count(e => e.StartsWith("document ", StringComparison.Ordinal))
            )
            {
                // everything was stored before this kill: start again from an empty database so that later kills still
                // land mid-run
                connection.Close();
                foreach (var file in Directory.GetFiles(folder.Path, "killed.db*"))
                    File.Delete(file);
            }
        }
        Assert.Equal(Kills, kills);

        using (var last = ChildProgram.Start("--db", database, "ingest", TestPaths.Corpus, "--workers", "1"))
        {
            Assert.True(last.Process.WaitForExit(120_000));
            Assert.Equal(0, last.Process.ExitCode);
        }
        using var final = Database.Open(database);
        Assert.Equal("ok", final.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(expected.Order(), DatabaseSnapshot.Take(final).Order());
    }

    [Fact]
    public void Two_ingestions_with_check_and_export_beside_them_store_every_document_once()
    {
        var expected = Reference();
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "shared.db");
        using (Database.Open(database)) { } // created and migrated once, before the race

        using var first = ChildProgram.Start("--db", database, "ingest", TestPaths.Corpus, "--workers", "1");
        using var second = ChildProgram.Start("--db", database, "ingest", TestPaths.Corpus, "--workers", "1");
        var rounds = 0;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!first.Process.HasExited || !second.Process.HasExited)
        {
            Assert.True(DateTime.UtcNow < deadline, "the two ingestions did not finish within 3 minutes");
            using var connection = Database.Open(database);
            new ReportIngest.Ingestion.DatabaseChecker(connection, ReportIngest.Checking.ReportChecker.Default).Run();
            ReportIngest.Export.Exporter.Export(
                connection,
                Path.Combine(folder.Path, $"export{rounds % 2}"),
                new ReportIngest.Export.ExportOptions()
            );
            rounds++;
        }

        Assert.True(rounds > 0);
        Assert.Equal((0, 0), (first.Process.ExitCode, second.Process.ExitCode));
        Assert.DoesNotContain("locked", first.Output + second.Output, StringComparison.OrdinalIgnoreCase);
        using var final = Database.Open(database);
        new ReportIngest.Ingestion.DatabaseChecker(final, ReportIngest.Checking.ReportChecker.Default).RunCrossYear();
        Assert.Equal("ok", final.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(
            expected.Where(e => !e.StartsWith("finding ", StringComparison.Ordinal)).Order(),
            DatabaseSnapshot.Take(final).Where(e => !e.StartsWith("finding ", StringComparison.Ordinal)).Order()
        );
    }
}
