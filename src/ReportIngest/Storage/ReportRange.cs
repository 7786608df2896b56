namespace ReportIngest.Storage;

/// <summary>Report ids from <paramref name="First"/> to <paramref name="Last"/>, both included.</summary>
public readonly record struct ReportRange(long First, long Last);
