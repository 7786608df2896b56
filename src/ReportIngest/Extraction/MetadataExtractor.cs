using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>Agency, report year, title, statistics period and date of a report, from its title and preamble
/// (template.md §1, §7).</summary>
public static partial class MetadataExtractor
{
    private const int TitleSearchLines = 12;
    private const int MaxTitleLength = 60;
    private const int PrintedPageSearchLines = 80;

    /// <summary>The metadata of the text; a web page's own publication date (meta PubDate, 发布日期) wins over a date
    /// printed in the text.</summary>
    public static ReportMetadata Extract(IReadOnlyList<string> lines, PageInfo page)
    {
        var fromText = Extract(lines);
        return page.Field("pub_date") is { } published ? fromText with { PublishedOn = published } : fromText;
    }

    public static ReportMetadata Extract(IReadOnlyList<string> lines)
    {
        var nonEmpty = lines.Select(l => l.Trim().TrimStart('#').Trim()).Where(l => l.Length > 0).ToList();
        var (title, agency, year) = FindTitle(nonEmpty.Take(TitleSearchLines).ToList());
        // A page printed to PDF puts the site's navigation first: then the title is a line of its own further down.
        if (
            title is null
            && nonEmpty.FirstOrDefault(l => l.Length <= MaxTitleLength && StandaloneTitle().IsMatch(Compact(l)))
                is { } standalone
        )
            (title, agency, year) = FindTitle([standalone]);
        var text = string.Join('\n', lines);
        var period = StatPeriod(text);
        year ??= period?.Year;
        return new ReportMetadata(title, agency, year, period?.Text, PublishedOn(lines) ?? PrintedPageDate(nonEmpty));
    }

    private static (string? Title, string? Agency, int? Year) FindTitle(List<string> head)
    {
        for (var i = 0; i < head.Count; i++)
        {
            // A title may wrap over two lines ("…政府信息公开工作" / "年度报告").
            var compact = Compact(head[i]);
            var joined = i + 1 < head.Count ? compact + Compact(head[i + 1]) : compact;
            foreach (var candidate in new[] { compact, joined })
            {
                if (!candidate.Contains("年度报告") && !candidate.Contains("年报"))
                    continue;
                var match = TitleAgencyFirst().Match(candidate) is { Success: true } m1
                    ? m1
                    : TitleYearFirst().Match(candidate);
                if (!match.Success)
                    continue;
                var agency = CleanAgency(match.Groups["agency"].Value);
                if (agency is null && i > 0 && LooksLikeAgency(Compact(head[i - 1])))
                    agency = Compact(head[i - 1]);
                var title = candidate == compact ? head[i] : head[i] + head[i + 1];
                if (agency is not null && !Compact(title).Contains(agency))
                    title = agency + " " + title;
                return (title.Trim(), agency, int.Parse(match.Groups["year"].Value));
            }
        }
        return (null, null, null);
    }

    private static string? CleanAgency(string raw)
    {
        var agency = LeadingNoise().Replace(raw, "");
        return agency.Length is >= 2 and <= 40 && !agency.Contains('《') ? agency : null;
    }

    private static bool LooksLikeAgency(string line) => line.Length is >= 3 and <= 30 && AgencySuffix().IsMatch(line);

    private static (string Text, int Year)? StatPeriod(string text)
    {
        var match = PeriodPattern().Match(Compact(text));
        if (!match.Success)
            return null;
        var y1 = int.Parse(match.Groups["y1"].Value);
        var y2 = match.Groups["y2"].Success ? int.Parse(match.Groups["y2"].Value) : y1;
        var from = $"{y1:D4}-{int.Parse(match.Groups["m1"].Value):D2}-{int.Parse(match.Groups["d1"].Value):D2}";
        var to = $"{y2:D4}-{int.Parse(match.Groups["m2"].Value):D2}-{int.Parse(match.Groups["d2"].Value):D2}";
        return ($"{from}/{to}", y1);
    }

    /// <summary>The date printed under the signature at the end, else a date printed alone near the top.</summary>
    private static string? PublishedOn(IReadOnlyList<string> lines)
    {
        var candidates = lines.Skip(Math.Max(0, lines.Count - 8)).Reverse().Concat(lines.Take(TitleSearchLines));
        foreach (var line in candidates)
        {
            var match = DateLine().Match(Compact(line));
            if (match.Success)
                return $"{match.Groups["y"].Value}-{int.Parse(match.Groups["m"].Value):D2}-{int.Parse(match.Groups["d"].Value):D2}";
        }
        return null;
    }

    /// <summary>The publication time a printed web page shows near its title (来源：… 时间：2024-03-08 15:34,
    /// 发布日期：…).</summary>
    private static string? PrintedPageDate(List<string> lines)
    {
        foreach (var line in lines.Take(PrintedPageSearchLines))
            if (
                PageDateLabel().Match(line) is { Success: true } label
                && PrintedDates.Normalize(line[(label.Index + label.Length)..]) is { } date
            )
                return date;
        return null;
    }

    private static string Compact(string s) => Whitespace().Replace(SimplifiedChinese.Fold(Nfkc.Normalize(s)), "");

    [GeneratedRegex(
        @"(?<agency>[^\d,.;:，。；：]{2,40}?)(?<year>(?:19|20)\d{2})年度?(?:政府|政务)信息公开(?:工作)?(?:年度)?(?:报告|年报)"
    )]
    private static partial Regex TitleAgencyFirst();

    [GeneratedRegex(
        @"(?<year>(?:19|20)\d{2})年度?(?<agency>[^\d,.;:，。；：]{0,40}?)(?:政府|政务)信息公开(?:工作)?(?:年度)?(?:报告|年报)"
    )]
    private static partial Regex TitleYearFirst();

    [GeneratedRegex(@"^(?:正文|附件\d*|[:：])+")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"(?:局|委|办|政府|中心|院|会|厅|部|署|室|站|所|队)$")]
    private static partial Regex AgencySuffix();

    [GeneratedRegex(
        @"(?<y1>(?:19|20)\d{2})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?(?:至|到|-|—|~)(?:(?<y2>(?:19|20)\d{2})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日"
    )]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^\(?(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日\)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\S{2,30}?(?:19|20)\d{2}年度?(?:政府|政务)信息公开(?:工作)?(?:年度)?(?:报告|年报)$")]
    private static partial Regex StandaloneTitle();

    [GeneratedRegex(@"(?:发布|更新)?(?:时间|日期)\s*[:：]\s*(?=(?:19|20)\d{2})")]
    private static partial Regex PageDateLabel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
