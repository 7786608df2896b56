using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportIngest.Documents;
using ReportIngest.Text;
using Document = ReportIngest.Documents.Document;

namespace ReportIngest.Readers.Html;

/// <summary>
/// HTML pages through AngleSharp, decoded from their bytes by <see cref="HtmlDecoder"/>. Only the article is read (<see
/// cref="ArticleLocator"/>); the page title comes first, as a heading. The page's meta tags and metadata block, the
/// article's attachment links and images go into <see cref="PageInfo"/>.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly string[] AttachmentExtensions =
    [
        ".pdf",
        ".doc",
        ".docx",
        ".wps",
        ".ofd",
        ".xls",
        ".xlsx",
        ".et",
        ".zip",
        ".rar",
    ];

    /// <summary>
    /// The text of scripts, styles and comments is never read, and element positions are not needed: skipping them
    /// saves a good part of parsing a page whose chrome is mostly script.
    /// </summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
    };

    public InputFormat Format => InputFormat.Html;

    public Document Read(SourceDocument source)
    {
        using var page = Parse(source.Bytes);
        var blocks = new List<DocumentBlock>();
        var article = ArticleLocator.Find(page);
        var fields = PageFieldReader.Read(page, article);
        if (PageTitle(page, fields) is { Length: > 0 } title)
            blocks.Add(new TextBlock(title, Locator.AtPath("title"), IsHeading: true));
        if (article is not null)
            blocks.AddRange(HtmlBlockCollector.Collect(article));
        var info = new PageInfo(fields, Attachments(article), article?.QuerySelectorAll("img").Length ?? 0);
        return new Document(Format, blocks, info);
    }

    /// <summary>The blocks of an HTML fragment (a raw HTML table inside Markdown); table locators start with <paramref
    /// name="locatorPrefix"/>.</summary>
    public static IReadOnlyList<DocumentBlock> ReadFragment(string html, string locatorPrefix)
    {
        using var page = new HtmlParser(ParserOptions).ParseDocument(html);
        return page.Body is { } body ? HtmlBlockCollector.Collect(body, locatorPrefix) : [];
    }

    private static IHtmlDocument Parse(byte[] bytes) =>
        new HtmlParser(ParserOptions).ParseDocument(HtmlDecoder.Decode(bytes));

    /// <summary>The CMS's article title (meta ArticleTitle), else the page title without its site suffix.</summary>
    private static string? PageTitle(IHtmlDocument page, IReadOnlyDictionary<string, string> fields)
    {
        if (fields.TryGetValue("title", out var meta))
            return meta;
        var title = page.Title?.Trim();
        return title?.Split('_', '|', '-')[0].Trim();
    }

    private static List<string> Attachments(IElement? article) =>
        article
            ?.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!.Trim())
            .Where(href =>
                AttachmentExtensions.Any(ext => PathOf(href).EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            )
            .Distinct()
            .ToList()
        ?? [];

    private static string PathOf(string href) => href.Split('?', '#')[0];
}
