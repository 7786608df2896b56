namespace ReportIngest.Export;

/// <summary>One exported table: its columns and how a row of <typeparamref name="TRow"/> fills them (values typed as
/// the fields say: long, decimal, string, or null).</summary>
public sealed record ExportTable<TRow>(string Name, IReadOnlyList<ExportField> Fields, Func<TRow, object?[]> Values)
    : IExportTable
{
    public IReadOnlyList<string> ColumnNames => [.. Fields.Select(f => f.Name)];

    public IReadOnlyList<string> MissingValues { get; init; } = [""];

    public string? Description { get; init; }
}
