namespace ReportIngest.Templates;

/// <summary>
/// A template column. <paramref name="HeaderPhrases"/> are normalised key phrases that identify its printed header;
/// <paramref name="Unit"/> is the unit the template implies when a cell prints none.
/// </summary>
public sealed record ColumnDefinition(
    string Code,
    string Label,
    IReadOnlyList<string> HeaderPhrases,
    ValueKind Kind = ValueKind.Count,
    string? Unit = null
)
{
    /// <summary><see cref="HeaderPhrases"/> through <see cref="Text.LabelNormalizer"/>, computed once: headers are
    /// compared on every row.</summary>
    public IReadOnlyList<string> NormalizedHeaderPhrases { get; } =
        HeaderPhrases.Select(Text.LabelNormalizer.Normalize).ToList();
}
