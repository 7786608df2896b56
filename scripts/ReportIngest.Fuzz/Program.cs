using System.Diagnostics;
using ReportIngest.Fuzz;
using ReportIngest.Storage;

// The long fuzz run: dotnet run --project scripts/ReportIngest.Fuzz -c Release -- [COUNT] [SEED] [FINDINGS-DIR]
var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var seed = args.Length > 1 ? int.Parse(args[1]) : 1;
var findings = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "reportingest-fuzz-findings");
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "ReportIngest.sln")))
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("ReportIngest.sln not found");

var scratch = Directory.CreateTempSubdirectory("reportingest-fuzz-");
try
{
    using var connection = Database.Open(Path.Combine(scratch.FullName, "fuzz.db"));
    var clock = Stopwatch.StartNew();
    var summary = Fuzzer.Run(
        Fuzzer.Seeds(Path.Combine(root, "corpus")),
        count,
        seed,
        connection,
        findings,
        progress: (done, s) =>
        {
            if (done % 500 == 0)
                Console.Error.WriteLine(
                    $"{done}/{count}: {s.Count(FuzzResult.Crash)} crash(es), {s.Count(FuzzResult.Hang)} hang(s), {s.Count(FuzzResult.Partial)} partial, {s.Count(FuzzResult.Memory)} over memory ({clock.Elapsed.TotalSeconds:F0} s)"
                );
        }
    );
    Console.WriteLine($"{summary.Tried} mutated documents in {clock.Elapsed.TotalSeconds:F0} s (seed {seed})");
    foreach (var (format, results) in summary.ByFormat)
        Console.WriteLine(
            $"  {format, -5} {results.Values.Sum(), 6} tried: {string.Join(", ", results.Select(r => $"{r.Key.ToString().ToLowerInvariant()} {r.Value}"))}"
        );
    Console.WriteLine($"  by mutation: {string.Join(", ", summary.ByMutation.Select(m => $"{m.Key} {m.Value}"))}");
    foreach (var finding in summary.Findings)
        Console.WriteLine(
            $"  FINDING {finding.Outcome.Result} {finding.Format} {finding.Mutation} of {finding.Seed}: {finding.Outcome.Detail} (saved {finding.Saved})"
        );
    return summary.Findings.Count == 0 ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    scratch.Delete(recursive: true);
}
