using ReportIngest.Text;

namespace ReportIngest.Templates;

/// <summary>
/// How a table section shows itself in a document (template.md §1–4). A table is recognised by its own header: a
/// header row holding one of <see cref="StrongHeaderPhrases"/>, or two of <see cref="HeaderPhrases"/>, belongs to
/// this section wherever it stands. The section heading's <see cref="HeadingPhrases"/> only confirm: they may be
/// garbled, reworded or missing. Phrases are written as printed and compared after <see cref="LabelNormalizer"/>.
/// </summary>
public sealed record SectionSignature(
    TemplateSection Section,
    IReadOnlyList<string> HeadingPhrases,
    IReadOnlyList<string> StrongHeaderPhrases,
    IReadOnlyList<string> HeaderPhrases
)
{
    public IReadOnlyList<string> NormalizedHeadingPhrases { get; } =
        HeadingPhrases.Select(LabelNormalizer.Normalize).ToList();
    public IReadOnlyList<string> NormalizedStrongHeaderPhrases { get; } =
        StrongHeaderPhrases.Select(LabelNormalizer.Normalize).ToList();
    public IReadOnlyList<string> NormalizedHeaderPhrases { get; } =
        HeaderPhrases.Select(LabelNormalizer.Normalize).ToList();
}
