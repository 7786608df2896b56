using ReportIngest.Generator.Variations;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// One generated report: who filed it, for which year, in which template version, when it was signed, and every
/// cell of every table of that version as printed (<c>null</c> = the cell is printed blank, or as the placeholder
/// <see cref="Placeholders"/> gives for it). <see cref="Style"/> says how its labels and headings print.
/// </summary>
public sealed record SyntheticReport(
    string Agency,
    int Year,
    TemplateVersion Version,
    DateOnly SignedOn,
    Dictionary<string, decimal?> Cells
)
{
    public TemplateDefinition Template => TemplateCatalog.Get(Version);

    public PrintStyle Style { get; init; } = PrintStyle.Plain;

    /// <summary>Cells printed as a placeholder ("-", "/", "无" …) instead of their 0, by cell key; their value in <see
    /// cref="Cells"/> is null.</summary>
    public Dictionary<string, string> Placeholders { get; } = [];

    /// <summary>
    /// Figures printed that are no template cell, by key: the 法人或其他组织小计 column (<c>s3.{row}.org_subtotal</c>,
    /// read as facts and checked by R3-SUBTOTAL) and the extra 其他主动公开文件 row (<c>s2_a20_1.other_documents.{col}</c>,
    /// never read).
    /// </summary>
    public Dictionary<string, decimal?> Extras { get; } = [];

    /// <summary>Template rows (<c>table.row</c>) left out of the print: no cell of theirs is in the document or its
    /// truth.</summary>
    public HashSet<string> OmittedRows { get; } = [];

    public bool Prints(string table, string row) => !OmittedRows.Contains($"{table}.{row}");

    public bool HasSubtotalColumn => Extras.Keys.Any(k => k.EndsWith(".org_subtotal", StringComparison.Ordinal));

    public decimal? this[string table, string row, string col]
    {
        get => Cells[CellKey.Of(table, row, col)];
        set => Cells[CellKey.Of(table, row, col)] = value;
    }
}
