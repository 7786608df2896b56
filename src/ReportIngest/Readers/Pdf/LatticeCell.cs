namespace ReportIngest.Readers.Pdf;

/// <summary>One cell of a ruled table: grid position and spans, and its box.</summary>
internal sealed record LatticeCell(
    int Row,
    int Col,
    int RowSpan,
    int ColSpan,
    double Left,
    double Bottom,
    double Right,
    double Top
);
