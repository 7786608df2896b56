using System.Text.RegularExpressions;

namespace ReportIngest.Crawling.Profiles;

/// <summary>
/// TRS WCM columns: static list pages <c>index.html</c>, <c>index_1.html</c> … announced by
/// <c>createPageHTML(pages, index, "index", "html")</c> (index 0-based), its six-argument form
/// <c>createPageHTML('div', pages, page, 'name', 'shtml', records)</c> (page 1-based, page n is <c>name_n</c>), or the
/// variables <c>var currentPage = i; var countPage = n</c> when the call is commented out.
/// </summary>
public sealed partial class TrsProfile : ISiteProfile
{
    public string Name => "trs";

    public bool Recognises(Uri url, string page) =>
        FourArguments().IsMatch(page) || SixArguments().IsMatch(page) || CountPage().IsMatch(page);

    public ListPage Read(Uri url, string page) => new(ListLinks.Read(url, page), Next(url, page));

    private static Uri? Next(Uri url, string page)
    {
        // The variables are what the page runs; a call next to them is often commented out and stale.
        if (
            CountPage().Match(page) is { Success: true } variables
            && CurrentPage().Match(page) is { Success: true } current
        )
            return PageUrl(
                url,
                "index",
                Extension(url),
                int.Parse(current.Groups[1].Value) + 1,
                int.Parse(variables.Groups[1].Value)
            );
        if (SixArguments().Match(page) is { Success: true } six)
            return PageUrl(
                url,
                six.Groups["name"].Value,
                six.Groups["ext"].Value,
                int.Parse(six.Groups["page"].Value) + 1,
                int.Parse(six.Groups["pages"].Value) + 1
            );
        if (FourArguments().Match(page) is { Success: true } four)
            return PageUrl(
                url,
                four.Groups["name"].Value,
                four.Groups["ext"].Value,
                int.Parse(four.Groups["index"].Value) + 1,
                int.Parse(four.Groups["pages"].Value)
            );
        return null;
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="end"/> (exclusive) beside the current one:
    /// <c>name_number.ext</c>.</summary>
    private static Uri? PageUrl(Uri url, string name, string extension, int number, int end) =>
        number < end && number > 0 ? new Uri(url, $"{name}_{number}.{extension}") : null;

    private static string Extension(Uri url) =>
        Path.GetExtension(url.AbsolutePath).TrimStart('.') is { Length: > 0 } ext ? ext : "html";

    [GeneratedRegex(
        @"(?<!//\s*)createPageHTML\(\s*(?<pages>\d+)\s*,\s*(?<index>\d+)\s*,\s*[""'](?<name>[\w-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']\s*\)"
    )]
    private static partial Regex FourArguments();

    [GeneratedRegex(
        @"(?<!//\s*)createPageHTML\(\s*[""'][\w-]+[""']\s*,\s*(?<pages>\d+)\s*,\s*(?<page>\d+)\s*,\s*[""'](?<name>[\w-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']\s*,\s*\d+\s*\)"
    )]
    private static partial Regex SixArguments();

    [GeneratedRegex(@"var\s+countPage\s*=\s*(\d+)")]
    private static partial Regex CountPage();

    [GeneratedRegex(@"var\s+currentPage\s*=\s*(\d+)")]
    private static partial Regex CurrentPage();
}
