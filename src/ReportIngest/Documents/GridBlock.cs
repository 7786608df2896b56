namespace ReportIngest.Documents;

/// <summary>A table in the format-neutral grid.</summary>
public sealed record GridBlock(Grid Grid) : DocumentBlock;
