namespace ReportIngest.Documents;

/// <summary>A box on a PDF page, in points with the origin bottom-left.</summary>
public readonly record struct CellBox(double Left, double Bottom, double Right, double Top)
{
    public double CenterX => (Left + Right) / 2;

    public bool OverlapsHorizontally(CellBox other) => Left < other.Right && other.Left < Right;
}
