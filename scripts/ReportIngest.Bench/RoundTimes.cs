namespace ReportIngest.Bench;

/// <summary>The passes of one measurement, a floor and an ingestion pass per round.</summary>
internal sealed class RoundTimes
{
    public List<Pass> Floor { get; } = [];
    public List<Pass> Ingest { get; } = [];

    /// <summary>
    /// The fastest round is the cost without interference from other work on a shared machine; the median of the
    /// per-round ratios shows the spread. CPU time counts this process and its reader processes, and shows their
    /// shares. Allocation counts this process's heap only, so it is shown when documents are read in it; it does not
    /// depend on the machine's load.
    /// </summary>
    public void Print(string unit, int units, bool readInThisProcess)
    {
        var wall = Ratios(p => p.WallMs);
        Console.WriteLine(
            $"  floor      {Floor.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Floor.Select(p => p.WallMs)) / units:F2} median"
        );
        Console.WriteLine(
            $"  ingestion  {Ingest.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Ingest.Select(p => p.WallMs)) / units:F2} median"
        );
        Console.WriteLine(
            $"  ratio ingestion/floor {Ingest.Min(p => p.WallMs) / Floor.Min(p => p.WallMs):F2} (fastest rounds); per-round median {Median(wall):F2}, min {wall[0]:F2}, max {wall[^1]:F2}"
        );
        var cpu = Ratios(p => p.CpuMs + p.ReaderCpuMs);
        Console.WriteLine(
            $"  CPU time   floor {Median(Floor.Select(p => p.CpuMs)) / units:F2}, ingestion {Median(Ingest.Select(p => p.CpuMs + p.ReaderCpuMs)) / units:F2} ms/{unit} median; per-round ratio median {Median(cpu):F2}, min {cpu[0]:F2}, max {cpu[^1]:F2}"
        );
        if (!readInThisProcess)
            Console.WriteLine(
                $"             of ingestion's, the reader process {Median(Ingest.Select(p => p.ReaderCpuMs)) / units:F2} ms/{unit}, this process {Median(Ingest.Select(p => p.CpuMs)) / units:F2} (the answer read back, checks, storage)"
            );
        if (readInThisProcess)
        {
            Console.WriteLine(
                $"  allocated  floor {Floor.Min(p => p.AllocatedBytes) / 1024.0 / units:F0}, ingestion {Ingest.Min(p => p.AllocatedBytes) / 1024.0 / units:F0} KiB/{unit}; ratio {(double)Ingest.Min(p => p.AllocatedBytes) / Floor.Min(p => p.AllocatedBytes):F2}"
            );
        }
    }

    private List<double> Ratios(Func<Pass, double> figure) =>
        Floor.Zip(Ingest, (f, i) => figure(i) / figure(f)).Order().ToList();

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}
