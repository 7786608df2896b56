namespace ReportIngest.Readers.Pdf;

/// <summary>A horizontal or vertical ruling: <see cref="At"/> is its y (horizontal) or x (vertical), <see
/// cref="From"/>–<see cref="To"/> its extent.</summary>
internal sealed record Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double value, double tolerance) => value >= From - tolerance && value <= To + tolerance;
}
