using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ReportIngest.Crawling.Profiles;

/// <summary>
/// The links of a list's markup as items: the <c>title</c> attribute before the link text (list pages cut long
/// titles with "…"), and the first date printed in the link's row.
/// </summary>
internal static partial class ListLinks
{
    public static List<ListItem> Read(Uri baseUrl, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var items = new List<ListItem>();
        var seen = new HashSet<string>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (
                href.Length == 0
                || href.StartsWith('#')
                || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            )
                continue;
            if (!Uri.TryCreate(baseUrl, href, out var url) || url.Scheme is not ("http" or "https"))
                continue;
            var title = (
                anchor.GetAttribute("title") is { Length: > 0 } attribute ? attribute : anchor.TextContent
            ).Trim();
            if (title.Length == 0 || !seen.Add(url.AbsoluteUri))
                continue;
            var row = anchor.Closest("li, tr, dd, dl, p") ?? anchor.ParentElement;
            var date = DateText().Match(Regex.Replace(row?.TextContent ?? "", @"\s+", "")) is { Success: true } m
                ? m.Value
                : null;
            items.Add(new ListItem(url, title, date));
        }
        return items;
    }

    /// <summary>A link whose text says "next page".</summary>
    public static Uri? NextPageLink(Uri baseUrl, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var next = document.QuerySelectorAll("a[href]").FirstOrDefault(a => NextText().IsMatch(a.TextContent.Trim()));
        return
            next is not null
            && Uri.TryCreate(baseUrl, next.GetAttribute("href")!.Trim(), out var url)
            && url.Scheme is "http" or "https"
            && url != baseUrl
            ? url
            : null;
    }

    [GeneratedRegex(@"(19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?")]
    private static partial Regex DateText();

    [GeneratedRegex(@"^(下一页|下页|后页|next\s*page|next)\s*[>›»]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NextText();
}
