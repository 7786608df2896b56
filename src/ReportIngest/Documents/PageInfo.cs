namespace ReportIngest.Documents;

/// <summary>
/// What a web page says besides its article text: the fields of its meta tags and of the disclosure platform's
/// metadata block (codes of template.md §7 without the <c>meta.</c> prefix: <c>index_no</c>, <c>publisher</c>,
/// <c>pub_date</c>, …), the attachments the article links to, and the images it shows.
/// </summary>
public sealed record PageInfo(IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> Attachments, int Images)
{
    public static PageInfo None { get; } = new(new Dictionary<string, string>(), [], 0);

    public string? Field(string code) => Fields.TryGetValue(code, out var value) ? value : null;
}
