using System.Text.RegularExpressions;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Recognises what a line of a report opens, from the phrases the templates define (<see cref="SectionSignatures"/>):
/// a table section by its header row (the table's own signature, wherever it stands) or, as supporting evidence, by
/// its heading (matched with a typo or two allowed); section 二 sub-tables by their 第二十条第（X）项 sub-header;
/// section 四 groups printed as tables of their own; the headings that close the tables.
/// </summary>
public static partial class SectionRecognizer
{
    private const int MaxHeadingLength = 48;

    /// <summary>The table section a heading opens, or null. Long lines are prose (the preamble lists every section
    /// name).</summary>
    public static TemplateSection? HeadingSection(string normalized)
    {
        if (normalized.Length > MaxHeadingLength)
            return null;
        foreach (var signature in SectionSignatures.All)
            if (signature.NormalizedHeadingPhrases.Any(p => normalized.Contains(p, StringComparison.Ordinal)))
                return signature.Section;
        // A heading with a stray, missing or wrong character (四、政府信息公开行政法复议、行政诉讼情况): the phrase within an edit or two.
        foreach (var signature in SectionSignatures.All)
            if (
                signature.NormalizedHeadingPhrases.Any(p =>
                    p.Length >= 6 && Fuzzy.Contains(normalized, p, p.Length >= 9 ? 2 : 1)
                )
            )
                return signature.Section;
        return null;
    }

    /// <summary>
    /// The table section a header row belongs to by its own phrases: one strong phrase (申请人情况, 未经复议直接起诉,
    /// 信息内容 …) or two of its section's header phrases, and more of them than of any other section's. Null when the
    /// row says nothing or is ambiguous.
    /// </summary>
    public static TemplateSection? HeaderSection(string normalized)
    {
        if (normalized.Length == 0)
            return null;
        TemplateSection? best = null;
        var bestScore = 0;
        var tie = false;
        foreach (var signature in SectionSignatures.All)
        {
            var strong = signature.NormalizedStrongHeaderPhrases.Count(p =>
                normalized.Contains(p, StringComparison.Ordinal)
            );
            var weak = signature.NormalizedHeaderPhrases.Count(p => normalized.Contains(p, StringComparison.Ordinal));
            if (strong == 0 && weak < 2)
                continue;
            var score = 2 * strong + weak;
            if (score > bestScore)
                (best, bestScore, tie) = (signature.Section, score, false);
            else if (score == bestScore)
                tie = true;
        }
        return tie ? null : best;
    }

    /// <summary>
    /// The section each grid's header rows (its rows without figures) name together, by grid index: a table is what
    /// its header says, even where one header row alone says too little (行政复议 above its outcomes), its words read
    /// across the rows and down the columns. A grid that holds the headings of two sections (a text file's lines lined
    /// up into one grid from the first table to the last) names none: its header is every table's.
    /// </summary>
    public static IReadOnlyDictionary<int, TemplateSection> GridSections(IEnumerable<ReportLine> lines)
    {
        var sections = new Dictionary<int, TemplateSection>();
        foreach (var grid in lines.Where(l => l.IsGridRow && l.GridIndex is not null).GroupBy(l => l.GridIndex!.Value))
        {
            var headerRows = grid.Where(l => !l.Parts.HasValues).ToList();
            if (headerRows.Select(l => HeadingSection(l.Normalized)).OfType<TemplateSection>().Distinct().Count() > 1)
                continue; // the headings of two sections inside it: a whole page's text read as one grid, no one table
            // the rows read across, and the header words read down their columns (结果 over 维持: 结果维持)
            var header = string.Join(
                '|',
                HeaderColumns
                    .Texts(headerRows.SelectMany(l => l.Cells).ToList())
                    .Prepend(string.Concat(headerRows.Select(l => l.Normalized)))
            );
            if (HeaderSection(header) is { } section)
                sections[grid.Key] = section;
        }
        return sections;
    }

    /// <summary>
    /// The section 四 columns a grid's header names when it heads only part of them (行政复议 alone, 行政诉讼 alone, one kind of
    /// suit): <c>review</c>, <c>suit</c>, <c>suit_direct</c> or <c>suit_after_review</c>; null when it names all or
    /// none.
    /// </summary>
    public static string? ReviewGroupOfHeader(IEnumerable<string> normalizedHeaderTexts)
    {
        var named = new HashSet<string>();
        foreach (var text in normalizedHeaderTexts)
        foreach (var (phrase, group) in SectionSignatures.ReviewGroups)
            if (text.Contains(phrase, StringComparison.Ordinal))
                named.Add(group);
        var review = named.Contains("review");
        var direct = named.Contains("suit_direct");
        var after = named.Contains("suit_after_review");
        var suit = named.Contains("suit") || direct || after;
        if (review == suit)
            return null;
        if (review)
            return "review";
        if (direct != after)
            return direct ? "suit_direct" : "suit_after_review"; // 行政诉讼（复议后起诉）: the kind named
        return "suit";
    }

    /// <summary>True for the headings after the tables (五、存在的主要问题…, 六、其他需要报告的事项).</summary>
    public static bool EndsTables(string normalized) =>
        normalized.Length <= MaxHeadingLength
        && SectionSignatures.ClosingHeadingPhrases.Any(p => normalized.Contains(p, StringComparison.Ordinal));

    /// <summary>The section 二 sub-table a 第二十条第（X）项 header names (brackets optional), or null.</summary>
    public static string? SubTableOf(string normalized)
    {
        var match = Article20Item().Match(normalized);
        if (!match.Success)
            return null;
        var code = $"s2_a20_{ChineseNumeral(match.Groups[1].Value)}";
        return TemplateCatalog.TableCodes.Contains(code) ? code : null;
    }

    /// <summary>The section 四 group(s) a short heading names (行政复议 / 未经复议直接起诉 / 复议后起诉 / 行政诉讼, or both kinds of suit),
    /// or null.</summary>
    public static string? ReviewGroupOf(string normalized) =>
        normalized.Length > 24 ? null : ReviewGroupOfHeader([normalized]);

    private static int ChineseNumeral(string numeral) =>
        int.TryParse(numeral, out var arabic)
            ? arabic
            : numeral switch
            {
                "十" => 10,
                _ when numeral.StartsWith('十') => 10 + "一二三四五六七八九".IndexOf(numeral[1]) + 1,
                _ => "一二三四五六七八九".IndexOf(numeral[0]) + 1,
            };

    [GeneratedRegex(@"第二十条第?\(?([一二三四五六七八九十]+|\d+)\)?项")]
    private static partial Regex Article20Item();
}
