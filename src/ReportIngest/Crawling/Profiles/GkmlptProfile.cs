using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;

namespace ReportIngest.Crawling.Profiles;

/// <summary>
/// Guangdong's disclosure catalogue platform (gkmlpt): the index page carries <c>window._CONFIG</c> with the site id
/// (<c>SID</c>) and the category tree; a category's items come from the JSON API
/// <c>gkmlpt/api/all/{category}?page=n&amp;sid={SID}</c>, 100 a page (pages 0 and 1 are the same: paging starts at 1),
/// each with its detail page <c>url</c>. The category is the list URL's fragment (<c>gkmlpt/index#5</c>), else the
/// tree's node for annual reports (工作年报).
/// </summary>
public sealed partial class GkmlptProfile : ISiteProfile
{
    private const int PageSize = 100;

    public string Name => "gkmlpt";

    public bool Recognises(Uri url, string page) =>
        url.AbsolutePath.Contains("/gkmlpt/", StringComparison.Ordinal)
        && (Sid().IsMatch(page) || page.TrimStart().StartsWith('{'));

    public ListPage Read(Uri url, string page)
    {
        if (page.TrimStart().StartsWith('{'))
            return ReadApi(url, page);
        if (Sid().Match(page) is not { Success: true } sid)
            return new ListPage([], null);
        var category =
            url.Fragment.TrimStart('#') is { Length: > 0 } fragment && fragment.All(char.IsAsciiDigit) ? fragment
            : AnnualReportNode().Match(page) is { Success: true } node ? node.Groups["id"].Value
            : null;
        if (category is null)
            throw new FormatException("no category: give it as the list URL's fragment (…/gkmlpt/index#ID)");
        var root = url.AbsolutePath[..(url.AbsolutePath.IndexOf("/gkmlpt/", StringComparison.Ordinal) + 1)];
        return new ListPage([], new Uri(url, $"{root}gkmlpt/api/all/{category}?page=1&sid={sid.Groups[1].Value}"));
    }

    private static ListPage ReadApi(Uri url, string page)
    {
        using var json = JsonDocument.Parse(page);
        var items = new List<ListItem>();
        if (json.RootElement.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
            foreach (var article in articles.EnumerateArray())
            {
                if (
                    !article.TryGetProperty("url", out var link)
                    || !Uri.TryCreate(url, link.GetString(), out var itemUrl)
                )
                    continue;
                var title = article.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                var date =
                    article.TryGetProperty("first_publish_time", out var at) && at.TryGetInt64(out var seconds)
                        ? DateTimeOffset
                            .FromUnixTimeSeconds(seconds)
                            .ToOffset(TimeSpan.FromHours(8))
                            .ToString("yyyy-MM-dd")
                        : null;
                items.Add(new ListItem(itemUrl, title, date));
            }
        var total = json.RootElement.TryGetProperty("total", out var count) && count.TryGetInt32(out var n) ? n : 0;
        var query = HttpUtility.ParseQueryString(url.Query);
        var pageNumber = int.TryParse(query["page"], out var p) ? Math.Max(p, 1) : 1;
        if (items.Count == 0 || pageNumber * PageSize >= total)
            return new ListPage(items, null);
        query["page"] = (pageNumber + 1).ToString();
        return new ListPage(items, new UriBuilder(url) { Query = query.ToString() }.Uri);
    }

    [GeneratedRegex(@"SID\s*:\s*['""]?(\d+)")]
    private static partial Regex Sid();

    [GeneratedRegex(@"['""]?id['""]?\s*:\s*(?<id>\d+)\s*,\s*['""]?name['""]?\s*:\s*['""][^'""]*(?:工作年报|年度报告)")]
    private static partial Regex AnnualReportNode();
}
