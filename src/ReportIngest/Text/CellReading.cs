namespace ReportIngest.Text;

/// <summary>The parsed content of one cell: status, numeric value (only for <see cref="CellStatus.Value"/>) and unit
/// printed in the cell.</summary>
public readonly record struct CellReading(CellStatus Status, decimal? Value, string? Unit)
{
    public static readonly CellReading Blank = new(CellStatus.Blank, null, null);
    public static readonly CellReading Placeholder = new(CellStatus.Placeholder, null, null);
    public static readonly CellReading Unreadable = new(CellStatus.Unreadable, null, null);
}
