namespace ReportIngest.Export;

/// <summary>One exported column: its name, type, and what it holds in English and Chinese.</summary>
public sealed record ExportField(string Name, FieldType Type, string Description, string DescriptionZh);
