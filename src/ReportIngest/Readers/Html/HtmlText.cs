namespace ReportIngest.Readers.Html;

/// <summary>Text as a reader sees it on screen: line breaks, runs of whitespace and &amp;nbsp; folded to single
/// spaces.</summary>
internal static class HtmlText
{
    public static string Fold(string? text) =>
        string.Join(
            ' ',
            (text ?? "").Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );

    /// <summary>How many characters of text the string holds, whitespace not counted.</summary>
    public static int VisibleLength(string? text)
    {
        var count = 0;
        foreach (var ch in text ?? "")
            if (!char.IsWhiteSpace(ch))
                count++;
        return count;
    }
}
