using System.Text.RegularExpressions;
using System.Web;

namespace ReportIngest.Crawling.Profiles;

/// <summary>
/// Hanweb (大汉) JCMS columns, <c>col/colNNN/index.html</c>: the first records are embedded in the page as
/// <c>&lt;datastore&gt;&lt;record&gt;&lt;![CDATA[…]]&gt;</c>; the rest come from <c>dataproxy.jsp</c> by record range
/// (<c>startrecord</c>, <c>endrecord</c>, <c>perpage</c>) with the column's parameters from <c>param_NNN</c> or the
/// <c>jpage({…})</c> call. The proxy accepts them all in the query string, so every request is a plain GET.
/// </summary>
public sealed partial class HanwebJpageProfile : ISiteProfile
{
    private const int RecordsPerRequest = 45;

    public string Name => "hanweb";

    public bool Recognises(Uri url, string page) =>
        page.Contains("<datastore>", StringComparison.Ordinal)
        || page.Contains("dataproxy.jsp", StringComparison.Ordinal);

    public ListPage Read(Uri url, string page)
    {
        var records = string.Concat(Record().Matches(page).Select(m => m.Groups[1].Value));
        var items = ListLinks.Read(url, records);
        var total = TotalRecord().Match(page) is { Success: true } t ? int.Parse(t.Groups[1].Value) : (int?)null;
        var query = HttpUtility.ParseQueryString(url.Query);
        if (query["startrecord"] is { } start && int.TryParse(query["endrecord"], out var end))
        {
            // a response of the proxy: ask for the next range while records remain
            if (items.Count == 0 || (total is { } all && end >= all) || !int.TryParse(start, out _))
                return new ListPage(items, null);
            query["startrecord"] = (end + 1).ToString();
            query["endrecord"] = (end + RecordsPerRequest).ToString();
            return new ListPage(items, new UriBuilder(url) { Query = query.ToString() }.Uri);
        }
        return new ListPage(items, FirstProxyRequest(url, page, items.Count, total));
    }

    /// <summary>The proxy request for the records after the embedded ones, with the column's parameters.</summary>
    private static Uri? FirstProxyRequest(Uri url, string page, int embedded, int? total)
    {
        if (total is { } all && embedded >= all)
            return null;
        var parameters = Parameters().Match(page);
        if (!parameters.Success)
            return null;
        var proxy = ProxyUrl().Match(page) is { Success: true } p
            ? p.Groups[1].Value
            : "/module/web/jpage/dataproxy.jsp";
        var query = HttpUtility.ParseQueryString("");
        query["startrecord"] = (embedded + 1).ToString();
        query["endrecord"] = (embedded + RecordsPerRequest).ToString();
        query["perpage"] = "15";
        foreach (Match pair in Pair().Matches(parameters.Groups[1].Value))
            query[pair.Groups["key"].Value] = pair.Groups["value"].Value;
        return new UriBuilder(new Uri(url, proxy)) { Query = query.ToString() }.Uri;
    }

    [GeneratedRegex(@"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", RegexOptions.Singleline)]
    private static partial Regex Record();

    [GeneratedRegex(@"(?:totalRecord\s*:\s*|<totalrecord>\s*)(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRecord();

    [GeneratedRegex(@"proxyUrl\s*:\s*['""]([^'""]+)['""]")]
    private static partial Regex ProxyUrl();

    /// <summary><c>var param_NNN = {…}</c> or the <c>ajaxParam:{…}</c> of the jpage call.</summary>
    [GeneratedRegex(@"(?:var\s+param_\d+\s*=\s*|ajaxParam\s*:\s*)\{([^}]*)\}")]
    private static partial Regex Parameters();

    [GeneratedRegex(@"(?<key>\w+)\s*:\s*['""]?(?<value>[^,'""]*)['""]?")]
    private static partial Regex Pair();
}
