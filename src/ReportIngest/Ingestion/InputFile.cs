namespace ReportIngest.Ingestion;

/// <summary>One entry of the input walk: a file to read, or an entry passed over and why.</summary>
public sealed record InputFile(string Path, string? SkipReason = null);
