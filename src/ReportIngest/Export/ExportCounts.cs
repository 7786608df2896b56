namespace ReportIngest.Export;

/// <summary>How many rows an export wrote, and the tables it wrote (for datapackage.json).</summary>
public sealed record ExportCounts(int Reports, int Facts, int Findings)
{
    public IReadOnlyList<WrittenTable> Written { get; init; } = [];
}
