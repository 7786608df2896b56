namespace ReportIngest.Text;

/// <summary>What a cell holds, as the contract's <c>status</c> column spells it.</summary>
public enum CellStatus
{
    Value,
    Blank,
    Placeholder,
    Unreadable,
}
