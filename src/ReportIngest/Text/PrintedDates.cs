using System.Text.RegularExpressions;

namespace ReportIngest.Text;

/// <summary>Dates as reports and pages print them (2024-03-08 15:34, 2024年3月8日, 2024/03/08) in ISO form, the time kept
/// when given.</summary>
public static partial class PrintedDates
{
    /// <returns>The ISO date (with <c>HH:mm</c> when the page gives a time), or null when the text holds no
    /// date.</returns>
    public static string? Normalize(string text)
    {
        var match = DatePattern().Match(Nfkc.Normalize(text));
        if (!match.Success)
            return null;
        int Part(string name) => int.Parse(match.Groups[name].Value);
        if (Part("m") is < 1 or > 12 || Part("d") is < 1 or > 31)
            return null;
        var date = $"{Part("y"):D4}-{Part("m"):D2}-{Part("d"):D2}";
        return match.Groups["h"].Success && Part("h") < 24 && Part("min") < 60
            ? $"{date} {Part("h"):D2}:{Part("min"):D2}"
            : date;
    }

    [GeneratedRegex(
        @"(?<y>(?:19|20)[0-9]{2})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?(?:\s*(?<h>[0-9]{1,2})[:：](?<min>[0-9]{2}))?"
    )]
    private static partial Regex DatePattern();
}
