using System.Text.RegularExpressions;

namespace ReportIngest.Text;

/// <summary>
/// A line that is only a page number as footers print it: — 5 —, - 5 -, 第5页, 第5页共9页, 5/9, Page 5 of 9; a bare
/// number only where the caller knows the line stands in a page margin.
/// </summary>
public static partial class PageFooter
{
    public static bool IsPageNumber(string text, bool bareNumber = false)
    {
        var normalized = LabelNormalizer.Normalize(text);
        return Decorated().IsMatch(normalized) || bareNumber && Bare().IsMatch(normalized);
    }

    [GeneratedRegex(@"^[-—–－~]*\d{1,4}[-—–－~]*$")]
    private static partial Regex Bare();

    [GeneratedRegex(
        @"^(?:[-—–－~]+\d{1,4}[-—–－~]+|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4}|page\d{1,4}(?:of\d{1,4})?)$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Decorated();
}
