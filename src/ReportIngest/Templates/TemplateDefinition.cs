namespace ReportIngest.Templates;

/// <summary>One template version: its tables and the relations between their cells.</summary>
public sealed record TemplateDefinition(
    TemplateVersion Version,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<RelationDefinition> Relations
)
{
    public TableDefinition? Table(string code) => Tables.FirstOrDefault(t => t.Code == code);
}
