namespace ReportIngest.Templates;

/// <summary>Cell keys <c>table.row.col</c> as the contract defines them.</summary>
public static class CellKey
{
    public static string Of(string table, string row, string col) => $"{table}.{row}.{col}";

    public static (string Table, string Row, string Col) Split(string key)
    {
        var parts = key.Split('.');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new FormatException($"not a cell key: {key}");
    }
}
