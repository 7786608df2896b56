namespace ReportIngest.Export;

/// <summary>What <c>export</c> writes: the format, whether Parquet is partitioned by report year, and which tables also
/// get a wide view.</summary>
public sealed record ExportOptions(string Format = "csv", bool PartitionByYear = false)
{
    public IReadOnlyList<string> WideTables { get; init; } = [];
}
