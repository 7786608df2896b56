using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportIngest.Documents;
using Document = ReportIngest.Documents.Document;

namespace ReportIngest.Readers.Html;

/// <summary>
/// HTML pages through AngleSharp, parsed from bytes (the charset comes from the BOM or the page's meta tag, else detection).
/// The article body is found in the usual CMS containers, else the whole body is used; tables that hold no
/// other table become grids, paragraphs and headings text blocks. The page title comes first, as a heading.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly string[] ArticleSelectors = [".TRS_Editor", ".article_content", "#zoom", ".zoom", ".article", "article"];
    private static readonly HashSet<string> TextElements = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI"];

    static HtmlReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public DocumentFormat Format => DocumentFormat.Html;

    public Document Read(SourceDocument source)
    {
        var page = Parse(source.Bytes);
        var blocks = new List<DocumentBlock>();
        if (PageTitle(page) is { Length: > 0 } title) blocks.Add(new TextBlock(title, "title", IsHeading: true));

        var body = ArticleSelectors.Select(s => page.QuerySelector(s)).FirstOrDefault(e => e is not null) ?? page.Body;
        if (body is not null)
        {
            var tableIndex = 0;
            Visit(body, blocks, ref tableIndex);
        }
        return new Document(Format, blocks);
    }

    /// <summary>
    /// A declared charset (or BOM) is AngleSharp's to honour; an undeclared page that is not UTF-8 is decoded as
    /// GB18030 (legacy Chinese pages), never left to become wrong characters.
    /// </summary>
    private static IHtmlDocument Parse(byte[] bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = head.Contains("charset", StringComparison.OrdinalIgnoreCase);
        if (!declared && !System.Text.Unicode.Utf8.IsValid(bytes))
            return new HtmlParser().ParseDocument(ReportIngest.Text.TextDecoder.Decode(bytes).Text);
        using var stream = new MemoryStream(bytes, writable: false);
        return new HtmlParser().ParseDocument(stream);
    }

    private static string? PageTitle(IHtmlDocument page)
    {
        var meta = page.QuerySelector("meta[name=ArticleTitle]")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(meta)) return meta.Trim();
        var title = page.Title?.Trim();
        return title?.Split('_', '|', '-')[0].Trim();
    }

    private static void Visit(IElement element, List<DocumentBlock> blocks, ref int tableIndex)
    {
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IHtmlTableElement table when table.QuerySelector("table") is null:
                    tableIndex++;
                    blocks.Add(new GridBlock(HtmlTableGrid.Build(table, tableIndex)));
                    break;
                case IElement e when e.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement e when TextElements.Contains(e.TagName) && e.QuerySelector("table") is null:
                    AddText(e.TextContent, Locate(e), blocks);
                    break;
                case IElement e:
                    Visit(e, blocks, ref tableIndex);
                    break;
                case IText text:
                    AddText(text.Data, Locate(element), blocks);
                    break;
            }
        }
    }

    private static void AddText(string text, string locator, List<DocumentBlock> blocks)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (folded.Length > 0) blocks.Add(new TextBlock(folded, locator));
    }

    private static string Locate(IElement element)
    {
        var index = element.ParentElement?.Children.Where(c => c.TagName == element.TagName).ToList().IndexOf(element) ?? 0;
        return $"{element.LocalName}[{index + 1}]";
    }
}
