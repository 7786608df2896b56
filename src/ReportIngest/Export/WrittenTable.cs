namespace ReportIngest.Export;

/// <summary>A table as written: its files (relative to the export folder) and their format (<c>csv</c> or
/// <c>parquet</c>).</summary>
public sealed record WrittenTable(IExportTable Table, IReadOnlyList<string> Paths, string Format);
