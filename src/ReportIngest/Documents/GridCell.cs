namespace ReportIngest.Documents;

/// <summary>One cell of a format-neutral grid. <see cref="Text"/> is the cell's text as in the source (trimmed).</summary>
public sealed record GridCell(int Row, int Col, string Text, string Locator, int RowSpan = 1, int ColSpan = 1, int? Page = null);
