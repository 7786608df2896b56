using System.Diagnostics;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Bench;

/// <summary>What one pass over the documents cost: wall clock, CPU time of this process, bytes allocated on its heap.</summary>
internal readonly record struct Pass(double WallMs, double CpuMs, long AllocatedBytes);

/// <summary>The passes of one measurement, a floor and an ingestion pass per round.</summary>
internal sealed class RoundTimes
{
    public List<Pass> Floor { get; } = [];
    public List<Pass> Ingest { get; } = [];

    /// <summary>
    /// The fastest round is the cost without interference from other work on a shared machine; the median of the
    /// per-round ratios shows the spread. CPU time and allocation count this process only (so they are shown when
    /// documents are read in it); CPU time is less disturbed than the wall clock by other work on the machine, and
    /// allocation is deterministic.
    /// </summary>
    public void Print(string unit, int units, bool readInThisProcess)
    {
        var wall = Ratios(p => p.WallMs);
        Console.WriteLine($"  floor      {Floor.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Floor.Select(p => p.WallMs)) / units:F2} median");
        Console.WriteLine($"  ingestion  {Ingest.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Ingest.Select(p => p.WallMs)) / units:F2} median");
        Console.WriteLine($"  ratio ingestion/floor {Ingest.Min(p => p.WallMs) / Floor.Min(p => p.WallMs):F2} (fastest rounds); per-round median {Median(wall):F2}, min {wall[0]:F2}, max {wall[^1]:F2}");
        if (readInThisProcess)
        {
            var cpu = Ratios(p => p.CpuMs);
            Console.WriteLine($"  CPU time   floor {Floor.Min(p => p.CpuMs) / units:F2}, ingestion {Ingest.Min(p => p.CpuMs) / units:F2} ms/{unit} least; ratio {Ingest.Min(p => p.CpuMs) / Floor.Min(p => p.CpuMs):F2}, per-round median {Median(cpu):F2}");
            Console.WriteLine($"  allocated  floor {Floor.Min(p => p.AllocatedBytes) / 1024.0 / units:F0}, ingestion {Ingest.Min(p => p.AllocatedBytes) / 1024.0 / units:F0} KiB/{unit}; ratio {(double)Ingest.Min(p => p.AllocatedBytes) / Floor.Min(p => p.AllocatedBytes):F2}");
        }
    }

    private List<double> Ratios(Func<Pass, double> figure) => Floor.Zip(Ingest, (f, i) => figure(i) / figure(f)).Order().ToList();

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}

/// <summary>
/// Alternating rounds of the floor and of full ingestion (read and extract by <paramref name="parse"/>, which is a
/// reader process as in <c>ingest</c> or this process; check and store in one SQLite database).
/// </summary>
internal static class Rounds
{
    public const int WarmUp = 3;

    public static RoundTimes Run(List<SourceDocument> documents, Action<SourceDocument> floor, Func<SourceDocument, ProcessedDocument> parse, int rounds)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"ri-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        var times = new RoundTimes();
        try
        {
            // One database for the whole run, as in a real ingest: emptied between rounds, outside the clock.
            using var connection = ReportDatabase.Open(Path.Combine(scratch, "bench.db"));
            var store = new DocumentStore(connection);
            for (var round = -WarmUp; round < rounds; round++)
            {
                var floorPass = Measure(() => documents.ForEach(floor));
                var ingestPass = Measure(() =>
                {
                    foreach (var document in documents)
                    {
                        var processed = parse(document);
                        store.Store(processed);
                    }
                });
                Dapper.SqlMapper.Execute(connection, "DELETE FROM documents");
                if (round < 0) continue;
                times.Floor.Add(floorPass);
                times.Ingest.Add(ingestPass);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
        return times;
    }

    // Each pass starts from a collected heap and pays, inside its own clock, for collecting the garbage it made:
    // otherwise one pass's garbage is collected during the next one and the two figures trade noise.
    private static Pass Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        action();
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return new Pass(wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, allocatedBytes);
    }
}
