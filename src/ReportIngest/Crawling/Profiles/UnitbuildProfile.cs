using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;

namespace ReportIngest.Crawling.Profiles;

/// <summary>
/// Hanweb JPaaS columns whose list is built by <c>unitbuild.js</c>: the column page is a shell naming a gateway URL
/// and its <c>queryData</c>; the gateway answers JSON with the list HTML in <c>data.html</c> and a pager
/// <c>&lt;div class="pagination" rows count pageNo&gt;</c>. Page n is asked for with
/// <c>paramJson={"pageNo":n,"pageSize":rows}</c> (a bare <c>pageNo</c> is ignored by the gateway).
/// </summary>
public sealed partial class UnitbuildProfile : ISiteProfile
{
    public string Name => "unitbuild";

    public bool Recognises(Uri url, string page) =>
        UnitScript().IsMatch(page)
        || page.TrimStart().StartsWith("{\"", StringComparison.Ordinal)
            && page.Contains("\"html\"", StringComparison.Ordinal);

    public ListPage Read(Uri url, string page)
    {
        if (page.TrimStart().StartsWith('{'))
            return ReadResponse(url, page);
        // the shell: the list unit is the one whose tag names a list (信息列表, 分页列表…), else the first unit
        var units = UnitScript()
            .Matches(page)
            .Select(m => (Gateway: m.Groups["url"].Value, Query: m.Groups["query"].Value))
            .ToList();
        if (units.Count == 0)
            return new ListPage([], null);
        var unit = units.FirstOrDefault(u => u.Query.Contains("列表", StringComparison.Ordinal), units[0]);
        var query = HttpUtility.ParseQueryString("");
        using var json = JsonDocument.Parse(HttpUtility.HtmlDecode(unit.Query).Replace('\'', '"'));
        foreach (var property in json.RootElement.EnumerateObject())
            query[property.Name] = property.Value.ToString();
        return new ListPage([], new UriBuilder(new Uri(url, unit.Gateway)) { Query = query.ToString() }.Uri);
    }

    private static ListPage ReadResponse(Uri url, string page)
    {
        using var json = JsonDocument.Parse(page);
        var root = json.RootElement;
        if (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
            throw new FormatException(
                $"the gateway refused the request: {(root.TryGetProperty("message", out var m) ? m.ToString() : "success: false")}"
            );
        var html =
            root.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("html", out var h)
                ? h.GetString() ?? ""
                : "";
        var items = ListLinks.Read(url, html);
        var pager = Pager().Match(html);
        if (!pager.Success || items.Count == 0)
            return new ListPage(items, null);
        var rows = int.Parse(pager.Groups["rows"].Value);
        var pageNo = int.Parse(pager.Groups["pageNo"].Value);
        if (rows <= 0 || pageNo * rows >= int.Parse(pager.Groups["count"].Value))
            return new ListPage(items, null);
        var query = HttpUtility.ParseQueryString(url.Query);
        query["paramJson"] = JsonSerializer.Serialize(new { pageNo = pageNo + 1, pageSize = rows });
        return new ListPage(items, new UriBuilder(url) { Query = query.ToString() }.Uri);
    }

    [GeneratedRegex(
        @"<script[^>]*unitbuild\.js[^>]*?\surl=""(?<url>[^""]+)""[^>]*?\squeryData=""(?<query>[^""]+)""",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex UnitScript();

    [GeneratedRegex(
        @"class=""pagination""(?=[^>]*\brows=""(?<rows>\d+)"")(?=[^>]*\bcount=""(?<count>\d+)"")(?=[^>]*\bpageNo=""(?<pageNo>\d+)"")"
    )]
    private static partial Regex Pager();
}
