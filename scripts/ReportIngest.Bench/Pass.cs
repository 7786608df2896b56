namespace ReportIngest.Bench;

/// <summary>What one pass over the documents cost: wall clock, CPU time of this process and of its reader processes,
/// bytes allocated on this process's heap.</summary>
internal readonly record struct Pass(double WallMs, double CpuMs, double ReaderCpuMs, long AllocatedBytes);
