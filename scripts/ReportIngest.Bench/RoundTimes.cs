namespace ReportIngest.Bench;

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
        Console.WriteLine(
            $"  floor      {Floor.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Floor.Select(p => p.WallMs)) / units:F2} median"
        );
        Console.WriteLine(
            $"  ingestion  {Ingest.Min(p => p.WallMs) / units:F2} ms/{unit} fastest round, {Median(Ingest.Select(p => p.WallMs)) / units:F2} median"
        );
        Console.WriteLine(
            $"  ratio ingestion/floor {Ingest.Min(p => p.WallMs) / Floor.Min(p => p.WallMs):F2} (fastest rounds); per-round median {Median(wall):F2}, min {wall[0]:F2}, max {wall[^1]:F2}"
        );
        if (readInThisProcess)
        {
            var cpu = Ratios(p => p.CpuMs);
            Console.WriteLine(
                $"  CPU time   floor {Floor.Min(p => p.CpuMs) / units:F2}, ingestion {Ingest.Min(p => p.CpuMs) / units:F2} ms/{unit} least; ratio {Ingest.Min(p => p.CpuMs) / Floor.Min(p => p.CpuMs):F2}, per-round median {Median(cpu):F2}"
            );
            Console.WriteLine(
                $"  allocated  floor {Floor.Min(p => p.AllocatedBytes) / 1024.0 / units:F0}, ingestion {Ingest.Min(p => p.AllocatedBytes) / 1024.0 / units:F0} KiB/{unit}; ratio {(double)Ingest.Min(p => p.AllocatedBytes) / Floor.Min(p => p.AllocatedBytes):F2}"
            );
        }
    }

    private List<double> Ratios(Func<Pass, double> figure) =>
        Floor.Zip(Ingest, (f, i) => figure(i) / figure(f)).Order().ToList();

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}
