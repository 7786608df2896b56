namespace ReportIngest.Templates;

/// <summary>An arithmetic relation of template.md §5, as data: its rule id, kind and every instance.</summary>
public sealed record RelationDefinition(
    string RuleId,
    RelationKind Kind,
    string Description,
    IReadOnlyList<RelationInstance> Instances
);
