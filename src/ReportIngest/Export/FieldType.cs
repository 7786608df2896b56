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
