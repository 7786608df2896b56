using System.Globalization;
using System.Text.RegularExpressions;
using ReportIngest.Evidence;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>
/// Compares the figures the report's text states (sections 一 and 六: 收到申请 N 件, 办结/答复 N 件, 上年结转,
/// 结转下年度, 行政复议 N 件 and 行政诉讼 N 件 with their 维持/纠正/其他/尚未审结) with its tables: E-TXT-S3 and
/// E-TXT-S4, warnings quoting the sentence. A sentence about a whole region (全市, 全区, 全县) in a report whose tables
/// may be the agency's own is only information.
/// </summary>
public sealed partial class NarrativeRule : IReportRule
{
    /// <summary>A figure the text states; it agrees when it equals the sum of <see cref="Cells"/> or of one of the <see
    /// cref="Alternatives"/>.</summary>
    private sealed record Statement(
        string Rule,
        string Scope,
        Regex Pattern,
        string[] Cells,
        string Description,
        string[][]? Alternatives = null
    );

    private static readonly string[] Outcomes = ["upheld", "corrected", "other", "pending"];

    private static readonly Statement[] Statements =
    [
        // "received" may count last year's carried-over requests too (template.md §5.2)
        new(
            "E-TXT-S3",
            "new_received",
            Received(),
            ["s3.new_received.total"],
            "requests received",
            [
                ["s3.new_received.total", "s3.carried_in.total"],
            ]
        ),
        new("E-TXT-S3", "res_total", Concluded(), ["s3.res_total.total"], "requests answered"),
        new("E-TXT-S3", "carried_in", CarriedIn(), ["s3.carried_in.total"], "requests carried over from last year"),
        new("E-TXT-S3", "carried_out", CarriedOut(), ["s3.carried_out.total"], "requests carried over to next year"),
        new("E-TXT-S4", "review", Review(), ["s4.cases.review_total"], "administrative reviews"),
        new(
            "E-TXT-S4",
            "suit",
            Suit(),
            ["s4.cases.suit_direct_total", "s4.cases.suit_after_review_total"],
            "administrative suits"
        ),
    ];

    public IEnumerable<Finding> Evaluate(ReportFacts report)
    {
        if (report.Text.Length == 0 || report.ByKey.Count == 0)
            yield break;
        var seen = new HashSet<string>();
        foreach (var sentence in Sentences(report.Text))
        {
            foreach (var statement in Statements)
            {
                var match = statement.Pattern.Match(sentence);
                if (!match.Success || !seen.Add(statement.Scope))
                    continue;
                var stated = Number(match);
                if (statement.Alternatives?.Any(cells => Sum(report, cells) == stated) == true)
                    continue;
                if (
                    Compare(
                        report,
                        statement.Rule,
                        statement.Scope,
                        stated,
                        [.. statement.Cells],
                        statement.Description,
                        sentence
                    ) is
                    { } finding
                )
                    yield return finding;
                if (statement.Rule == "E-TXT-S4" && Breakdown().Match(sentence, match.Index) is { Success: true } parts)
                    foreach (var outcome in Outcomes)
                    {
                        var group =
                            statement.Scope == "review" ? ["review"] : new[] { "suit_direct", "suit_after_review" };
                        var outcomeCells = group.Select(g => $"s4.cases.{g}_{outcome}").ToList();
                        if (
                            Compare(
                                report,
                                statement.Rule,
                                $"{statement.Scope}_{outcome}",
                                decimal.Parse(parts.Groups[outcome].Value, CultureInfo.InvariantCulture),
                                outcomeCells,
                                $"{statement.Description}, {outcome}",
                                sentence
                            ) is
                            { } part
                        )
                            yield return part;
                    }
            }
        }
    }

    private static decimal? Sum(ReportFacts report, string[] cells) =>
        cells.Select(report.Get).Any(f => f is null || f.Status == CellStatus.Unreadable)
            ? null
            : cells.Sum(c => report.Get(c)!.Value ?? 0m);

    private static Finding? Compare(
        ReportFacts report,
        string rule,
        string scope,
        decimal stated,
        List<string> cells,
        string description,
        string sentence
    )
    {
        var facts = cells.Select(report.Get).ToList();
        if (facts.Any(f => f is null || f.Status == CellStatus.Unreadable))
            return null;
        var table = facts.Sum(f => f!.Value ?? 0m);
        if (table == stated)
            return null;
        var regional = RegionalScope().IsMatch(sentence);
        var quote = sentence.Length > 120 ? sentence[..120] + "…" : sentence;
        return new Finding(
            rule,
            regional ? Severity.Info : Severity.Warning,
            FindingStatus.Fail,
            scope,
            $"text {Format(stated)} = {string.Join(" + ", cells.Select((c, i) => $"{c}[{Format(facts[i]!.Value ?? 0m)}]"))}",
            stated,
            table,
            Attribution.Filer,
            $"the text states {Format(stated)} {description}, the table {Format(table)}{(regional ? " (the text speaks of the whole region)" : "")}: “{quote}”",
            cells
        );
    }

    /// <summary>
    /// The sentences that state a count (…件), normalised (NFKC: full-width digits; Traditional folded; no spaces;
    /// thousands separators dropped). The others are skipped before any normalising: most of a report's text states no
    /// count.
    /// </summary>
    private static IEnumerable<string> Sentences(string text)
    {
        for (var count = text.IndexOf('件'); count >= 0; count = text.IndexOf('件', count + 1))
        {
            var start = text.LastIndexOfAny(SentenceEnds, count) + 1;
            var end = text.IndexOfAny(SentenceEnds, count);
            if (end < 0)
                end = text.Length;
            if (text.AsSpan(start, end - start).Contains('\t'))
            {
                // a table's cells (joined by tabs) are no sentence: 24件 in one row and 结转下年度 in the next state nothing;
                // only the count's own line is prose, if it holds no cell boundary either
                start = Math.Max(start, text.LastIndexOf('\n', count) + 1);
                end = Math.Min(end, text.IndexOf('\n', count) is var lineEnd and >= 0 ? lineEnd : text.Length);
                if (text.AsSpan(start, end - start).Contains('\t'))
                {
                    count = end - 1;
                    continue;
                }
            }
            yield return ThousandsSeparator()
                .Replace(
                    string.Concat(
                        SimplifiedChinese
                            .FoldCharacters(Nfkc.Normalize(text[start..end]))
                            .Where(c => !char.IsWhiteSpace(c))
                    ),
                    ""
                );
            if (end >= text.Length)
                yield break;
            count = end;
        }
    }

    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    private static decimal Number(Match match) => decimal.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?:收到|受理|接收|新收)(?:了)?(?:各类|政府信息公开|依申请公开|信息公开)*申请(?:共计|共|合计|总计|累计)?(?<n>\d+)件"
    )]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:(?<!公开)(?:办结|答复)|共办理)(?:申请)?(?:共计|共)?(?<n>\d+)件")]
    private static partial Regex Concluded();

    [GeneratedRegex(@"上一?年度?结转(?:的)?(?:政府信息公开)?申请(?<n>\d+)件")]
    private static partial Regex CarriedIn();

    [GeneratedRegex(
        @"(?:(?:结转|顺延)(?:到|至)?下一?年度?(?:继续办理|答复)?(?:的)?(?:申请)?(?<n>\d+)件|(?<!\d)(?<n>\d{1,15})件(?:申请)?(?:结转|顺延)(?:到|至)下一?年度?)"
    )]
    private static partial Regex CarriedOut();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共计|共)?(?<n>\d+)件")]
    private static partial Regex Review();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共计|共)?(?<n>\d+)件")]
    private static partial Regex Suit();

    [GeneratedRegex(
        @"\G.{0,20}?其中[,，]?结果维持(?<upheld>\d+)件[,，、]结果纠正(?<corrected>\d+)件[,，、]其他结果(?<other>\d+)件[,，、]尚未审结(?<pending>\d+)件"
    )]
    private static partial Regex Breakdown();

    [GeneratedRegex(@"全(?:市|区|县|省|旗)")]
    private static partial Regex RegionalScope();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
