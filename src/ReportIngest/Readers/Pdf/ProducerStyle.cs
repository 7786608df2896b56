namespace ReportIngest.Readers.Pdf;

/// <summary>
/// What a document's tables have shown so far of how its producer lays them out, carried from page to page: a table
/// that shows nothing itself (a page holding only a table's last rows, each label of one line) is read the same way.
/// </summary>
internal sealed class ProducerStyle
{
    /// <summary>How the cells are set; null until a table has shown it.</summary>
    public CellAlignment? Alignment { get; set; }

    /// <summary>A table was read before any had shown how the cells are set: centred, as most producers set
    /// them.</summary>
    public bool AlignmentAssumed { get; set; }
}
