namespace ReportIngest.Templates;

/// <summary>The template versions ReportIngest knows. Extraction and checking both read these definitions.</summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<TemplateDefinition> All { get; } = [Gov2019.Definition, Gov2021.Definition];

    public static TemplateDefinition Get(TemplateVersion version) =>
        All.FirstOrDefault(t => t.Version == version)
        ?? throw new ArgumentOutOfRangeException(nameof(version), $"{version.ToCode()} has no table layout");

    /// <summary>Every table code, in report order.</summary>
    public static IReadOnlyList<string> TableCodes { get; } =
    ["s2_a20_1", "s2_a20_5", "s2_a20_6", "s2_a20_8", "s2_a20_9", "s3", "s4"];
}
