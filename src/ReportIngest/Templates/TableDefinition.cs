namespace ReportIngest.Templates;

/// <summary>
/// One template table (a section 二 sub-table, section 三 or section 四) in one template version. <see
/// cref="ExtraColumns"/> are columns some layouts print beside the template's (template.md §8.10: 法人或其他组织小计): read
/// where a header names them, stored under their own key, checked by their own rule, never counted among the template's
/// cells and never shifting them.
/// </summary>
public sealed record TableDefinition(
    string Code,
    TemplateSection Section,
    IReadOnlyList<RowDefinition> Rows,
    IReadOnlyList<ColumnDefinition> Columns
)
{
    public IReadOnlyList<ColumnDefinition> ExtraColumns { get; init; } = [];

    /// <summary>
    /// The table's group labels (section 三's （三）不予公开, （四）无法提供 …): not rows of the template, whose numbers stand
    /// in their items. Some layouts print them as rows of their own, blank or with their items' sums (template.md §3.2:
    /// the derived rows); such a row is recognised and set aside, never read as a template row.
    /// </summary>
    public IReadOnlyList<RowDefinition> Groups { get; init; } = [];

    public int CellCount => Rows.Count * Columns.Count;

    public RowDefinition? Row(string code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>A template column or an extra column by code.</summary>
    public ColumnDefinition? Column(string code) =>
        Columns.FirstOrDefault(c => c.Code == code) ?? ExtraColumns.FirstOrDefault(c => c.Code == code);

    public bool IsExtraColumn(string code) => ExtraColumns.Any(c => c.Code == code);

    public IEnumerable<string> CellKeys() =>
        from row in Rows
        from col in Columns
        select CellKey.Of(Code, row.Code, col.Code);
}
