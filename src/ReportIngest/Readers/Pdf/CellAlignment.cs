namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Where a table's producer sets a cell's text in its row: centred between the row's top and bottom (LibreOffice's and
/// WPS's default), or at its top (Word's default). It decides which row a figure wrapped over lines beside two labels
/// is.
/// </summary>
internal enum CellAlignment
{
    Centred,
    Top,
}
