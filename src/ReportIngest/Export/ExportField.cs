namespace ReportIngest.Export;

/// <summary>Table Schema types of the exported columns; each maps to one Parquet type.</summary>
public enum FieldType
{
    /// <summary>64-bit integer.</summary>
    Integer,
    /// <summary>Exact decimal (Parquet DECIMAL(28,12)); never a float, so no figure is rounded.</summary>
    Number,
    String,
}

/// <summary>One exported column: its name, type, and what it holds in English and Chinese.</summary>
public sealed record ExportField(string Name, FieldType Type, string Description, string DescriptionZh);

/// <summary>One exported table: its columns and how a row of <typeparamref name="TRow"/> fills them (values typed as the fields say: long, decimal, string, or null).</summary>
public sealed record ExportTable<TRow>(string Name, IReadOnlyList<ExportField> Fields, Func<TRow, object?[]> Values) : IExportTable
{
    public IReadOnlyList<string> ColumnNames => [.. Fields.Select(f => f.Name)];

    public IReadOnlyList<string> MissingValues { get; init; } = [""];

    public string? Description { get; init; }
}

/// <summary>An exported table's name and columns, whatever its rows are.</summary>
public interface IExportTable
{
    string Name { get; }
    IReadOnlyList<ExportField> Fields { get; }

    /// <summary>The texts that stand for "no value" in the CSV (Table Schema missingValues).</summary>
    IReadOnlyList<string> MissingValues { get; }

    string? Description { get; }
}

/// <summary>A table as written: its files (relative to the export folder) and their format (<c>csv</c> or <c>parquet</c>).</summary>
public sealed record WrittenTable(IExportTable Table, IReadOnlyList<string> Paths, string Format);
