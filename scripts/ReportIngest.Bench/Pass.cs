namespace ReportIngest.Bench;

/// <summary>What one pass over the documents cost: wall clock, CPU time of this process, bytes allocated on its
/// heap.</summary>
internal readonly record struct Pass(double WallMs, double CpuMs, long AllocatedBytes);
