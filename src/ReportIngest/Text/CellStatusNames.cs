namespace ReportIngest.Text;

public static class CellStatusNames
{
    public static string ToCode(this CellStatus status) =>
        status switch
        {
            CellStatus.Value => "value",
            CellStatus.Blank => "blank",
            CellStatus.Placeholder => "placeholder",
            _ => "unreadable",
        };

    public static CellStatus Parse(ReadOnlySpan<char> code) =>
        code switch
        {
            "value" => CellStatus.Value,
            "blank" => CellStatus.Blank,
            "placeholder" => CellStatus.Placeholder,
            _ => CellStatus.Unreadable,
        };
}
