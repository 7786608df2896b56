namespace ReportIngest.Documents;

/// <summary>
/// One cell of a format-neutral grid. <see cref="Text"/> is the cell's text as in the source (trimmed);
/// <see cref="Locator"/> is where it stands there.
/// </summary>
public sealed record GridCell(int Row, int Col, string Text, Locator Locator, int RowSpan = 1, int ColSpan = 1)
{
    /// <summary>The PDF page the cell is on; null for formats without pages.</summary>
    public int? Page => Locator.Page;

    /// <summary>Where a PDF cell stands on its page; null for formats without geometry.</summary>
    public CellBox? Box => Locator.Box;

    /// <summary>How the reader decided this cell's column.</summary>
    public required ColumnBasis Basis { get; init; }

    /// <summary>
    /// The reader saw this text but cannot say with confidence which cell it belongs to (figures of rows printed
    /// closer than a line apart in a table without rulings): extraction keeps the text and reads the cell as
    /// unreadable.
    /// </summary>
    public bool Doubtful { get; init; }

    /// <summary>
    /// A figure without a label heading a table without rulings or header: maybe the rest of a figure cut by the page
    /// break. The PDF reader joins it to the figure above it on the page before, or else reads it, and the cell under
    /// it, as doubtful.
    /// </summary>
    public bool PageHeadRest { get; init; }
}
