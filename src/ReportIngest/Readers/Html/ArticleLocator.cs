using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ReportIngest.Readers.Html;

/// <summary>
/// Finds the article in a government page: the body container of the common CMSs (TRS <c>TRS_Editor</c>, Hanweb
/// <c>zoom</c>/<c>article</c>), else the element where the page's running text concentrates. Navigation, sidebars and
/// footers are mostly links and short items, so they score low.
/// </summary>
internal static class ArticleLocator
{
    private static readonly string[] ContainerSelectors =
    [
        ".TRS_Editor",
        ".article_content",
        "#zoom",
        ".zoom",
        ".article",
        "article",
    ];

    /// <summary>Blocks whose text counts towards their container's score.</summary>
    private const string ContentBlocks = "p, pre, table, h1, h2, h3, h4, h5, h6";

    /// <summary>A block shorter than this (after removing link text) is a menu item or a caption, not running
    /// text.</summary>
    private const int MinimumBlockText = 10;

    private const int CandidatesCheckedForLinks = 5;

    /// <summary>Beyond this share of link text, an element is navigation (a list page), not an article.</summary>
    private const double NavigationLinkDensity = 0.5;

    /// <returns>The article element; null when the page has none (its text is only navigation).</returns>
    public static IElement? Find(IHtmlDocument page) =>
        KnownContainer(page)
        ?? ByTextDensity(page.Body)
        ?? (page.Body is { } body && LinkDensity(body) <= NavigationLinkDensity ? body : null);

    /// <summary>The first container with content, in the order of <see cref="ContainerSelectors"/>; one pass over the
    /// page.</summary>
    private static IElement? KnownContainer(IHtmlDocument page)
    {
        var candidates = page
            .All.Where(e =>
                e.LocalName == "article"
                || e.Id is "zoom"
                || e.ClassName is { Length: > 0 } c && ContainerClasses.Any(c.Contains)
            )
            .ToList();
        return ContainerSelectors
            .Select(selector => candidates.FirstOrDefault(e => e.Matches(selector) && HasContent(e)))
            .FirstOrDefault(e => e is not null);
    }

    /// <summary>A cheap first filter for <see cref="ContainerSelectors"/>: the class names they test.</summary>
    private static readonly string[] ContainerClasses = ["TRS_Editor", "article_content", "zoom", "article"];

    private static bool HasContent(IElement element) =>
        element.ChildElementCount > 0 || HtmlText.VisibleLength(element.TextContent) > 0;

    /// <summary>
    /// Each block of running text scores its length (link text excluded) to its parent and half to its grandparent;
    /// the best container, discounted by the share of its text that is links, is the article. Null when no block
    /// scores.
    /// </summary>
    private static IElement? ByTextDensity(IElement? body)
    {
        if (body is null)
            return null;
        var layoutTables = HtmlBlockCollector.TableHolders(body);
        var scores = new Dictionary<IElement, double>();
        foreach (var block in body.QuerySelectorAll(ContentBlocks))
        {
            if (layoutTables.Contains(block))
                continue;
            var length = HtmlText.VisibleLength(block.TextContent) - LinkTextLength(block);
            if (length < MinimumBlockText)
                continue;
            if (block.ParentElement is { } parent)
                scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (block.ParentElement?.ParentElement is { } grandparent)
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + length / 2.0;
        }
        return scores
            .OrderByDescending(s => s.Value)
            .Take(CandidatesCheckedForLinks)
            .Select(s => (Element: s.Key, Score: s.Value * (1 - LinkDensity(s.Key))))
            .OrderByDescending(c => c.Score)
            .Select(c => c.Element)
            .FirstOrDefault();
    }

    private static int LinkTextLength(IElement element) =>
        element.QuerySelectorAll("a").Sum(a => HtmlText.VisibleLength(a.TextContent));

    private static double LinkDensity(IElement element)
    {
        var total = HtmlText.VisibleLength(element.TextContent);
        return total == 0 ? 1 : Math.Min(1, LinkTextLength(element) / (double)total);
    }
}
