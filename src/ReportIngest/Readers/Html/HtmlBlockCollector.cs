using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportIngest.Documents;

namespace ReportIngest.Readers.Html;

/// <summary>
/// Turns an element's subtree into document blocks in reading order: every table that holds no other table becomes
/// a grid (layout tables are walked through), paragraphs, headings and list items text blocks, loose text its own
/// block; scripts and styles are skipped. Walks with an explicit stack: real pages nest thousands of levels deep.
/// </summary>
internal static class HtmlBlockCollector
{
    private static readonly HashSet<string> TextElements = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI"];
    private static readonly HashSet<string> SkippedElements = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"];

    /// <summary>The blocks under <paramref name="root"/>; table locators start with <paramref name="locatorPrefix"/>
    /// (<c>L12/</c> for a table inside a Markdown file).</summary>
    public static List<DocumentBlock> Collect(IElement root, string locatorPrefix = "")
    {
        var tableHolders = TableHolders(root);
        var blocks = new List<DocumentBlock>();
        var tableIndex = 0;
        var pending = new Stack<(INode Node, string Locator)>();
        PushChildren(pending, root, "");
        while (pending.TryPop(out var item))
        {
            var (node, locator) = item;
            switch (node)
            {
                case IHtmlTableElement table when !tableHolders.Contains(table):
                    tableIndex++;
                    blocks.Add(new GridBlock(HtmlTableGrid.Build(table, $"{locatorPrefix}table[{tableIndex}]")));
                    break;
                case IElement element when SkippedElements.Contains(element.TagName):
                    break;
                case IElement element when TextElements.Contains(element.TagName) && !tableHolders.Contains(element):
                    AddText(element.TextContent, locator, blocks);
                    break;
                case IElement element:
                    PushChildren(pending, element, locator);
                    break;
                case IText text:
                    AddText(text.Data, locator, blocks);
                    break;
            }
        }
        return blocks;
    }

    /// <summary>Every element under <paramref name="root"/> that has a table among its descendants.</summary>
    public static HashSet<IElement> TableHolders(IElement root)
    {
        var holders = new HashSet<IElement>();
        foreach (var table in root.QuerySelectorAll("table"))
            for (
                var ancestor = table.ParentElement;
                ancestor is not null && ancestor != root.ParentElement;
                ancestor = ancestor.ParentElement
            )
                if (!holders.Add(ancestor))
                    break; // its ancestors were marked by an earlier table
        return holders;
    }

    /// <summary>
    /// Pushes the children in reverse, so that they pop in document order, each with its locator: an element's
    /// <c>p[3]</c> (its place among same-named siblings), a text node its parent's. Children are taken by index:
    /// AngleSharp's sibling links are searches in the parent's child list, quadratic on long lists.
    /// </summary>
    private static void PushChildren(Stack<(INode, string)> pending, INode parent, string parentLocator)
    {
        var children = parent.ChildNodes;
        var locators = new string[children.Length];
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
            {
                locators[i] = parentLocator;
                continue;
            }
            seen[element.LocalName] = seen.GetValueOrDefault(element.LocalName) + 1;
            locators[i] = $"{element.LocalName}[{seen[element.LocalName]}]";
        }
        for (var i = children.Length - 1; i >= 0; i--)
            pending.Push((children[i], locators[i]));
    }

    private static void AddText(string text, string locator, List<DocumentBlock> blocks)
    {
        var folded = HtmlText.Fold(text);
        if (folded.Length > 0)
            blocks.Add(new TextBlock(folded, Locator.AtPath(locator)));
    }
}
