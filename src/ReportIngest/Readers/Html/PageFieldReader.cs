using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportIngest.Text;

namespace ReportIngest.Readers.Html;

/// <summary>
/// Reads a page's own description of itself: the CMS meta tags (ArticleTitle, PubDate, ContentSource, Url) and the
/// disclosure platform's metadata block outside the article (索引号, 发布机构, 发文日期/成文日期, 文号, 分类, …;
/// template.md §7), whose values stand in the same text as their label or in the next cell. Meta tags win over the
/// block when both give a field.
/// </summary>
internal static partial class PageFieldReader
{
    private static readonly (string Name, string Code)[] MetaTags =
    [
        ("ArticleTitle", "title"),
        ("PubDate", "pub_date"),
        ("ContentSource", "source"),
        ("Url", "url"),
        ("KeyWords", "keywords"),
    ];

    private static readonly Dictionary<string, string> BlockLabels = new()
    {
        ["索引号"] = "index_no",
        ["分类"] = "category",
        ["组配分类"] = "category",
        ["主题分类"] = "category",
        ["发布机构"] = "publisher",
        ["发文机关"] = "publisher",
        ["发布日期"] = "pub_date",
        ["发布时间"] = "pub_date",
        ["发文日期"] = "pub_date",
        ["成文日期"] = "doc_date",
        ["生成日期"] = "doc_date",
        ["文号"] = "doc_no",
        ["发文字号"] = "doc_no",
        ["有效性"] = "validity",
        ["时效"] = "validity",
        ["关键词"] = "keywords",
        ["信息来源"] = "source",
        ["来源"] = "source",
        ["信息名称"] = "title",
        ["标题"] = "title",
    };

    private static readonly HashSet<string> DateFields = ["pub_date", "doc_date"];
    private const int MaxValueLength = 200;

    public static IReadOnlyDictionary<string, string> Read(IHtmlDocument page, IElement? article)
    {
        var fields = new Dictionary<string, string>();
        var metaContent = MetaContent(page);
        foreach (var (name, code) in MetaTags)
            if (Clean(code, metaContent.GetValueOrDefault(name)) is { } value)
                fields[code] = value;
        if (page.Body is { } body)
            foreach (var (code, raw) in BlockFields(TextRuns(body, article)))
                if (Clean(code, raw) is { } value)
                    fields.TryAdd(code, value);
        return fields;
    }

    /// <summary>The content of every named meta tag, by name (case-insensitive), in one pass over the page.</summary>
    public static Dictionary<string, string> MetaContent(IHtmlDocument page)
    {
        var content = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta[name]"))
            if (meta.GetAttribute("content") is { } value)
                content.TryAdd(meta.GetAttribute("name")!, value);
        return content;
    }

    /// <summary>Label/value pairs from the page's text runs: <c>索引号：X 发布机构：Y</c> in one run, or <c>文号：</c> then its
    /// value in the next.</summary>
    private static IEnumerable<(string Code, string Value)> BlockFields(List<string> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].IndexOfAny(['：', ':']) < 0)
                continue; // most of a page's text is no field
            // 索引號, 發布機構 on Traditional copies; same offsets
            var matches = FieldLabel().Matches(SimplifiedChinese.FoldCharacters(runs[i]));
            for (var m = 0; m < matches.Count; m++)
            {
                var label = matches[m].Groups["label"].Value;
                var end = m + 1 < matches.Count ? matches[m + 1].Index : runs[i].Length;
                var value = runs[i][(matches[m].Index + matches[m].Length)..end];
                value = AnyLabel().Match(value) is { Success: true } other ? value[..other.Index] : value;
                var lastInRun = m == matches.Count - 1;
                if (
                    string.IsNullOrWhiteSpace(value)
                    && lastInRun
                    && i + 1 < runs.Count
                    && !AnyLabel().IsMatch(runs[i + 1])
                )
                    value = runs[i + 1];
                yield return (BlockLabels[label], value);
            }
        }
    }

    /// <summary>The page's text nodes in document order, outside the article and outside scripts.</summary>
    private static List<string> TextRuns(IElement body, IElement? article)
    {
        var runs = new List<string>();
        var pending = new Stack<INode>();
        pending.Push(body);
        while (pending.TryPop(out var node))
        {
            if (node == article || node is IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" })
                continue;
            if (node is IText text && HtmlText.Fold(text.Data) is { Length: > 0 } folded)
                runs.Add(folded);
            // by index: AngleSharp's sibling links are searches in the parent's child list
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                pending.Push(children[i]);
        }
        return runs;
    }

    private static string? Clean(string code, string? raw)
    {
        var value = HtmlText.Fold(raw).Trim(' ', '|', '丨', '　');
        if (value.Length is 0 or > MaxValueLength)
            return null;
        return DateFields.Contains(code) ? PrintedDates.Normalize(value) : value;
    }

    [GeneratedRegex(
        @"(?<label>索引号|组配分类|主题分类|分类|发布机构|发文机关|发布日期|发布时间|发文日期|成文日期|生成日期|发文字号|文号|有效性|时效|关键词|信息来源|来源|信息名称|标题)\s*[:：]\s*"
    )]
    private static partial Regex FieldLabel();

    /// <summary>Any short label followed by a colon: where a field's value ends in running chrome text
    /// (浏览次数：…).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,6}\s*[:：]")]
    private static partial Regex AnyLabel();
}
