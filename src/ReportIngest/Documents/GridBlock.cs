namespace ReportIngest.Documents;

/// <summary>A table in the format-neutral grid.</summary>
public sealed record GridBlock(Grid Grid) : DocumentBlock
{
    /// <summary>
    /// The rows of the table the grid before it holds, gone on after a page break and numbered in its columns: read as
    /// that grid's (its header, its width), not as a table of their own.
    /// </summary>
    public bool ContinuesPrevious { get; init; }
}
