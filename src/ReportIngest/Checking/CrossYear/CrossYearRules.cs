using System.Globalization;
using ReportIngest.Evidence;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking.CrossYear;

/// <summary>
/// The relations between an agency's report for year Y and its report for Y−1 (template.md §6): X3-CARRY in every
/// applicant column (expected to hold exactly; agency reorganisations break it legitimately, so a warning), the
/// soft stock-flow X2-INFORCE21 (2021 form both years) and X2-ITEMS19 (2019 form both years), and X-BOUNDARY, a
/// note instead of a check where section 二 changed form between the two years.
/// </summary>
public static class CrossYearRules
{
    public static IEnumerable<Finding> Check(YearReport previous, YearReport current, AgencyMatch match)
    {
        var findings = new List<Finding>();
        if (match == AgencyMatch.Uncertain)
            findings.Add(
                Note(
                    "X-PAIR",
                    "agency",
                    $"paired with {previous.Document} ({previous.Year}) although the agency's name differs "
                        + $"(\"{previous.Agency}\" / \"{current.Agency}\"); the cross-year checks below assume it is the same agency",
                    previous
                )
            );

        if (Version(previous, "s3") is not null && Version(current, "s3") is not null)
            foreach (var column in TemplateCatalog.Get(Version(current, "s3")!.Value).Table("s3")!.Columns)
                findings.AddRange(
                    Compare(
                        "X3-CARRY",
                        column.Code,
                        previous,
                        current,
                        match,
                        [new($"s3.carried_in.{column.Code}")],
                        [new($"s3.carried_out.{column.Code}", LastYear: true)],
                        "上年结转 should equal last year's 结转下年度 (agency reorganisations and recounts legitimately break it)"
                    )
                );

        var (proactiveBefore, proactiveNow) = (ProactiveVersion(previous), ProactiveVersion(current));
        if (proactiveBefore == TemplateVersion.Gov2019 && proactiveNow == TemplateVersion.Gov2021)
            findings.Add(
                Note(
                    "X-BOUNDARY",
                    "s2",
                    $"section 二 changed from the 2019 to the 2021 form since {previous.Document} ({previous.Year}): its figures are not comparable and not checked",
                    previous
                )
            );
        if (proactiveBefore == TemplateVersion.Gov2021 && proactiveNow == TemplateVersion.Gov2021)
            foreach (var row in new[] { "regulation", "normative_doc" })
                findings.AddRange(
                    Compare(
                        "X2-INFORCE21",
                        row,
                        previous,
                        current,
                        match,
                        [new($"s2_a20_1.{row}.in_force")],
                        [
                            new($"s2_a20_1.{row}.in_force", LastYear: true),
                            new($"s2_a20_1.{row}.issued"),
                            new($"s2_a20_1.{row}.repealed", Sign: -1),
                        ],
                        "expected: in force = last year's in force + issued − repealed (amendments, lapsed documents and clean-ups break it; never an identity)"
                    )
                );
        if (proactiveBefore == TemplateVersion.Gov2019 && proactiveNow == TemplateVersion.Gov2019)
            foreach (
                var (table, row) in new[]
                {
                    ("s2_a20_5", "admin_license"),
                    ("s2_a20_5", "other_mgmt_service"),
                    ("s2_a20_6", "admin_penalty"),
                    ("s2_a20_6", "admin_coercion"),
                    ("s2_a20_8", "admin_fee"),
                }
            )
                findings.AddRange(
                    Compare(
                        "X2-ITEMS19",
                        row,
                        previous,
                        current,
                        match,
                        [new($"{table}.{row}.items_prev_year")],
                        [
                            new($"{table}.{row}.items_prev_year", LastYear: true),
                            new($"{table}.{row}.items_delta", LastYear: true),
                        ],
                        "expected: last year's item count + last year's change (item lists get restructured)"
                    )
                );
        return findings;
    }

    /// <summary>The sum of <paramref name="left"/> against the sum of <paramref name="right"/>; blank cells count as 0,
    /// a cell not read makes it uncertain.</summary>
    private static IEnumerable<Finding> Compare(
        string rule,
        string scope,
        YearReport previous,
        YearReport current,
        AgencyMatch match,
        Term[] left,
        Term[] right,
        string description
    )
    {
        var terms = left.Concat(right)
            .Select(t => (Term: t, Fact: (t.LastYear ? previous : current).Facts.Get(t.Key)))
            .ToList();
        if (terms.Any(t => t.Fact is null))
            yield break; // a row absent: nothing to compare

        string Name(Term t) => t.LastYear ? $"{previous.Year}:{t.Key}" : t.Key;
        decimal Sum(IEnumerable<Term> side) => side.Sum(t => t.Sign * Value(terms.First(x => x.Term == t).Fact!));
        string Side(IEnumerable<Term> side) =>
            string.Join(
                " ",
                side.Select(
                    (t, i) =>
                        $"{(i == 0 ? (t.Sign < 0 ? "−" : "") : t.Sign < 0 ? "− " : "+ ")}{Shown(Name(t), terms.First(x => x.Term == t).Fact!)}"
                )
            );
        var expression = $"{Side(left)} = {Side(right)} ({previous.Year}: {previous.Document})";
        string[] cells = [.. terms.Select(t => Name(t.Term))];

        var unread = terms.Where(t => t.Fact!.Status == CellStatus.Unreadable).Select(t => Name(t.Term)).ToList();
        if (unread.Count > 0)
        {
            yield return new Finding(
                rule,
                Severity.Info,
                FindingStatus.Uncertain,
                scope,
                expression,
                null,
                null,
                Attribution.Parser,
                $"cannot be decided: {string.Join(", ", unread)} not read",
                cells
            )
            {
                OtherReportId = previous.Id,
            };
            yield break;
        }
        var (leftValue, rightValue) = (Sum(left), Sum(right));
        if (leftValue == rightValue)
            yield break;

        var doubtful = terms
            .Where(t => (t.Term.LastYear ? previous : current).Facts.DoubtfulCells.Contains(t.Term.Key))
            .Select(t => Name(t.Term))
            .ToList();
        var (attributed, reason) =
            doubtful.Count > 0
                ? (Attribution.Parser, $"; {string.Join(", ", doubtful)} come from a row with a structural problem")
            : match == AgencyMatch.Uncertain ? (Attribution.Unknown, "; the two reports may not be the same agency's")
            : (Attribution.Filer, "");
        yield return new Finding(
            rule,
            Severity.Warning,
            FindingStatus.Fail,
            scope,
            expression,
            leftValue,
            rightValue,
            attributed,
            $"{description}: {Format(leftValue)} ≠ {Format(rightValue)}{reason}",
            cells
        )
        {
            OtherReportId = previous.Id,
        };
    }

    /// <summary>A cell of this year's report or last year's, added or subtracted.</summary>
    private sealed record Term(string Key, bool LastYear = false, int Sign = 1);

    private static Finding Note(string rule, string scope, string message, YearReport previous) =>
        new(rule, Severity.Info, FindingStatus.Uncertain, scope, "", null, null, Attribution.Unknown, message, [])
        {
            OtherReportId = previous.Id,
        };

    private static TemplateVersion? Version(YearReport report, string table) =>
        report.Facts.TableVersions.TryGetValue(table, out var version) ? version : null;

    private static TemplateVersion? ProactiveVersion(YearReport report) =>
        report
            .Facts.TableVersions.Where(t => t.Key.StartsWith("s2_", StringComparison.Ordinal))
            .Select(t => (TemplateVersion?)t.Value)
            .Max();

    private static decimal Value(Fact fact) => fact is { Status: CellStatus.Value, Value: { } v } ? v : 0m;

    private static string Shown(string key, Fact fact) =>
        fact.Status switch
        {
            CellStatus.Value => $"{key}[{Format(fact.Value ?? 0)}]",
            CellStatus.Blank => $"{key}[blank→0]",
            CellStatus.Placeholder => $"{key}['{fact.Raw}'→0]",
            _ => $"{key}[unreadable]",
        };

    private static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
