namespace ReportIngest.Templates;

/// <summary>One template table (a section 二 sub-table, section 三 or section 四) in one template version.</summary>
public sealed record TableDefinition(
    string Code,
    TemplateSection Section,
    IReadOnlyList<RowDefinition> Rows,
    IReadOnlyList<ColumnDefinition> Columns)
{
    public int CellCount => Rows.Count * Columns.Count;

    public RowDefinition? Row(string code) => Rows.FirstOrDefault(r => r.Code == code);

    public IEnumerable<string> CellKeys() =>
        from row in Rows from col in Columns select CellKey.Of(Code, row.Code, col.Code);
}
