using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// One generated report: who filed it, for which year, in which template version, when it was signed, and every
/// cell of every table of that version as printed (<c>null</c> = the cell is printed blank, or as the placeholder
/// <see cref="Placeholders"/> gives for it).
/// </summary>
public sealed record SyntheticReport(string Agency, int Year, TemplateVersion Version, DateOnly SignedOn, Dictionary<string, decimal?> Cells)
{
    public TemplateDefinition Template => TemplateCatalog.Get(Version);

    /// <summary>Cells printed as a placeholder ("-", "/", "无" …) instead of their 0, by cell key; their value in <see cref="Cells"/> is null.</summary>
    public Dictionary<string, string> Placeholders { get; } = [];

    public decimal? this[string table, string row, string col]
    {
        get => Cells[CellKey.Of(table, row, col)];
        set => Cells[CellKey.Of(table, row, col)] = value;
    }
}
