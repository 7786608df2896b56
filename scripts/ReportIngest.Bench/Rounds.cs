using System.Diagnostics;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Bench;

/// <summary>
/// Alternating rounds of the floor and of full ingestion (read and extract by <paramref name="parse"/>, which is a
/// reader process as in <c>ingest</c> or this process; check and store in one SQLite database).
/// </summary>
internal static class Rounds
{
    /// <summary>
    /// A reader process compiles its own code, in the background, for a while: measured, its CPU time during the
    /// floor's passes (when it has nothing to read) fell to zero only after about ten rounds.
    /// </summary>
    public const int WarmUp = 10;

    public static RoundTimes Run(
        List<SourceDocument> documents,
        Action<SourceDocument> floor,
        Func<SourceDocument, ProcessedDocument> parse,
        int rounds
    )
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"ri-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        var times = new RoundTimes();
        try
        {
            // One database for the whole run, as in a real ingest: emptied between rounds, outside the clock.
            using var connection = Database.Open(Path.Combine(scratch, "bench.db"));
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
                if (round < 0)
                    continue;
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
        var readerCpu = ChildProcesses.ProcessorTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        action();
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return new Pass(
            wall,
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (ChildProcesses.ProcessorTime() - readerCpu).TotalMilliseconds,
            allocatedBytes
        );
    }
}
