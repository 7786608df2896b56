namespace ReportIngest.Documents;

/// <summary>
/// How the reader decided which column of its grid a cell is in: the evidence for its place, and what a misreading of
/// that place could be. Extraction then maps the grid's columns to the template's (<c>ValueAligner</c>), never by
/// guess.
/// </summary>
public enum ColumnBasis
{
    /// <summary>The source's own table structure: an HTML or Word table cell, a Markdown pipe cell, a tab-separated
    /// field.</summary>
    Markup,

    /// <summary>A cell of a PDF table drawn with rulings, between the lines drawn round it.</summary>
    Rulings,

    /// <summary>Where the text stands on a PDF page, under the columns of a table drawn without rulings.</summary>
    Position,

    /// <summary>Text lined up in character columns with spaces (a layout-keeping conversion to text).</summary>
    Alignment,

    /// <summary>The fields of a text line in the order printed, one per column.</summary>
    Sequence,
}
