namespace ReportIngest.Export;

/// <summary>An exported table's name and columns, whatever its rows are.</summary>
public interface IExportTable
{
    string Name { get; }
    IReadOnlyList<ExportField> Fields { get; }

    /// <summary>The texts that stand for "no value" in the CSV (Table Schema missingValues).</summary>
    IReadOnlyList<string> MissingValues { get; }

    string? Description { get; }
}
