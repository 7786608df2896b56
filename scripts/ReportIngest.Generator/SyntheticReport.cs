using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// One generated report: who filed it, for which year, in which template version, when it was signed, and every
/// cell of every table of that version as printed (<c>null</c> = the cell is printed blank).
/// </summary>
public sealed record SyntheticReport(string Agency, int Year, TemplateVersion Version, DateOnly SignedOn, Dictionary<string, decimal?> Cells)
{
    public TemplateDefinition Template => TemplateCatalog.Get(Version);

    public decimal? this[string table, string row, string col]
    {
        get => Cells[CellKey.Of(table, row, col)];
        set => Cells[CellKey.Of(table, row, col)] = value;
    }
}
