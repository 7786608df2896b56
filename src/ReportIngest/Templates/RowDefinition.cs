namespace ReportIngest.Templates;

/// <summary>
/// A template row. A printed label matches when, after <see cref="Text.LabelNormalizer"/>, it contains one of
/// <paramref name="KeyPhrases"/>; with <paramref name="ExactLabel"/> the label, stripped of its numbering,
/// must equal a key phrase (for short labels such as <c>其他</c>). A row with no key phrases is unlabeled
/// (section 四's single data row) and is found by its place in the table.
/// </summary>
public sealed record RowDefinition(string Code, string Label, IReadOnlyList<string> KeyPhrases, bool ExactLabel = false)
{
    public bool IsUnlabeled => KeyPhrases.Count == 0;
}
