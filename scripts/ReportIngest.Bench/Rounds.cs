using System.Diagnostics;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Bench;

/// <summary>The figures of one measurement: total ms of each round for the floor and for ingestion.</summary>
internal sealed record RoundTimes(List<double> Floor, List<double> Ingest)
{
    /// <summary>
    /// The fastest round is the cost without interference from other work on a shared machine; the median of the
    /// per-round ratios shows the spread.
    /// </summary>
    public void Print(string unit, int units)
    {
        var ratios = Floor.Zip(Ingest, (f, i) => i / f).Order().ToList();
        Console.WriteLine($"  floor      {Floor.Min() / units:F2} ms/{unit} fastest round, {Median(Floor) / units:F2} median");
        Console.WriteLine($"  ingestion  {Ingest.Min() / units:F2} ms/{unit} fastest round, {Median(Ingest) / units:F2} median");
        Console.WriteLine($"  ratio ingestion/floor {Ingest.Min() / Floor.Min():F2} (fastest rounds); per-round median {Median(ratios):F2}, min {ratios[0]:F2}, max {ratios[^1]:F2}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
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
        var times = new RoundTimes([], []);
        try
        {
            // One database for the whole run, as in a real ingest: emptied between rounds, outside the clock.
            using var connection = ReportDatabase.Open(Path.Combine(scratch, "bench.db"));
            var store = new DocumentStore(connection);
            for (var round = -WarmUp; round < rounds; round++)
            {
                var f = Time(() => documents.ForEach(floor));
                var i = Time(() =>
                {
                    foreach (var document in documents)
                    {
                        var processed = parse(document);
                        store.Store(processed);
                    }
                });
                Dapper.SqlMapper.Execute(connection, "DELETE FROM documents");
                if (round < 0) continue;
                times.Floor.Add(f);
                times.Ingest.Add(i);
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
    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        action();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return clock.Elapsed.TotalMilliseconds;
    }
}
