using System.Diagnostics;
using ReportIngest.Checking;
using ReportIngest.Generator;
using ReportIngest.Ingestion;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Bench;

/// <summary>
/// The checker over a large database: generated reports (Markdown, both versions, faults cycling) are ingested once
/// outside the clock; then the in-report rules, the cross-year pass and a whole <c>check</c> (rules and writing the
/// findings) are timed, each the fastest of a few rounds.
/// </summary>
internal static class CheckBench
{
    private const int Rounds = 3;

    public static void Run(int reportCount)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"ri-checkbench-{Environment.ProcessId}");
        Directory.CreateDirectory(scratch);
        try
        {
            var folder = Path.Combine(scratch, "docs");
            Directory.CreateDirectory(folder);
            var faults = Enum.GetValues<Fault>();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < reportCount; i++)
            {
                var version = i % 2 == 0 ? TemplateVersion.Gov2019 : TemplateVersion.Gov2021;
                DocumentGenerator.Write(
                    new DocumentSpec($"r{i:D5}.md", version, faults[i / 2 % faults.Length]),
                    seed: 5,
                    i + 1,
                    folder
                );
            }
            Console.WriteLine($"generated {reportCount} reports in {clock.Elapsed.TotalSeconds:F1} s");
            using var connection = Database.Open(Path.Combine(scratch, "check.db"));
            clock.Restart();
            var summary = new IngestRunner(DocumentProcessor.Default, Environment.ProcessorCount).Run(
                [folder],
                connection
            );
            Console.WriteLine(
                $"ingested {summary.Stored} in {clock.Elapsed.TotalSeconds:F1} s ({summary.Failures.Count} failed)"
            );

            var reading = Fastest(() => new StoredReports(connection).Read().Count());
            var inReport = Fastest(() => new DatabaseChecker(connection, ReportChecker.Default).InReport());
            var pairs = 0;
            var crossYear = Fastest(() =>
                pairs = new DatabaseChecker(connection, ReportChecker.Default).CrossYear().Count
            );
            var whole = Fastest(() => new DatabaseChecker(connection, ReportChecker.Default).Run());
            Console.WriteLine(
                $"reading the reports alone (one connection): {reading:F0} ms, {summary.Stored / (reading / 1000):F0} reports/s"
            );
            Console.WriteLine(
                $"in-report rules (reading facts included, {Environment.ProcessorCount} core(s)): {inReport:F0} ms, {summary.Stored / (inReport / 1000):F0} reports/s"
            );
            Console.WriteLine(
                $"cross-year pass: {crossYear:F0} ms, {summary.Stored / (crossYear / 1000):F0} reports/s ({pairs} reports with findings against their previous year)"
            );
            Console.WriteLine(
                $"whole check (both, findings replaced in one transaction): {whole:F0} ms, {summary.Stored / (whole / 1000):F0} reports/s"
            );
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static double Fastest(Action pass) =>
        Enumerable
            .Range(0, Rounds)
            .Min(_ =>
            {
                var clock = Stopwatch.StartNew();
                pass();
                return clock.Elapsed.TotalMilliseconds;
            });
}
