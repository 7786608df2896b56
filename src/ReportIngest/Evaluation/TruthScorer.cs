using ReportIngest.Evidence;
using ReportIngest.Storage;

namespace ReportIngest.Evaluation;

/// <summary>
/// Scores exported facts and findings of one document against its truth file (contract.md, last section):
/// a cell is right when the value matches, or when the truth says null and the fact is blank or placeholder.
/// </summary>
public static class TruthScorer
{
    public static DocumentScore Score(
        TruthFile truth,
        ReportRow? report,
        IReadOnlyList<FactRow> facts,
        IReadOnlyList<FindingRow> findings
    )
    {
        var byKey = facts.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var right = 0;
        var misses = new List<string>();
        var wrong = new List<string>();
        foreach (
            var (key, expected) in truth
                .Cells.Where(c => !truth.Unscored.Contains(c.Key))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
        )
        {
            byKey.TryGetValue(key, out var fact);
            if (IsRight(expected, fact))
                right++;
            else
            {
                var miss =
                    $"{key}: expected {Shown(expected)}, got {(fact is null ? "nothing" : $"{fact.Status} '{fact.Raw}' at {fact.Locator}")}";
                misses.Add(miss);
                if (IsWrong(expected, fact))
                    wrong.Add(miss);
            }
        }

        var filerErrors = findings
            .Where(f => f.Attribution == Attribution.Filer && f.SeverityLevel == Severity.Error)
            .ToList();
        var truthErrors = truth.Findings.Where(f => f.Severity == "error").ToList();
        var errorsMissed = truthErrors
            .Where(t => !filerErrors.Any(f => Same(t, f)))
            .Select(t => $"{t.Rule}/{t.Scope}")
            .ToList();
        var falseErrors = filerErrors
            .Where(f => !truthErrors.Any(t => Same(t, f)))
            .Select(f => $"{f.Rule}/{f.Scope}: {f.Message}")
            .ToList();
        var truthWarnings = truth.Findings.Where(f => f.Severity != "error").ToList();
        var warningsMissed = truthWarnings
            .Where(t => !findings.Any(f => Same(t, f)))
            .Select(t => $"{t.Rule}/{t.Scope}")
            .ToList();
        // within the document: a truth file speaks of one filing, not of its pairing with other years' (cross-year
        // rules)
        var falseWarnings = findings
            .Where(f =>
                f.Attribution == Attribution.Filer
                && f.SeverityLevel == Severity.Warning
                && f.OtherReportId is null
                && !truthWarnings.Any(t => Same(t, f))
            )
            .Select(f => $"{f.Rule}/{f.Scope}: {f.Message}")
            .ToList();

        var metadataMisses = truth
            .Metadata.Where(m => !SameText(m.Value, StoredField(report, m.Key)))
            .Select(m => $"{m.Key}: expected '{m.Value}', got '{StoredField(report, m.Key) ?? "nothing"}'")
            .ToList();

        return new DocumentScore(
            truth.Document,
            right,
            truth.Cells.Count - truth.Cells.Keys.Count(truth.Unscored.Contains),
            misses,
            wrong,
            truthErrors.Count - errorsMissed.Count,
            errorsMissed,
            falseErrors,
            truthWarnings.Count - warningsMissed.Count,
            warningsMissed,
            falseWarnings,
            truth.Metadata.Count - metadataMisses.Count,
            truth.Metadata.Count,
            metadataMisses
        );
    }

    private static string? StoredField(ReportRow? report, string field) =>
        report is null
            ? null
            : field switch
            {
                "template" => report.Template,
                "report_year" => report.ReportYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "title" => report.Title,
                "published_on" => report.PublishedOn,
                "source_url" => report.SourceUrl,
                _ => null,
            };

    /// <summary>Equal once whitespace is ignored (a title may wrap or be spaced differently).</summary>
    private static bool SameText(string expected, string? actual) =>
        actual is not null
        && string.Concat(expected.Where(c => !char.IsWhiteSpace(c)))
            == string.Concat(actual.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Rule and scope both (contract.md): an empty scope is a scope of its own, not a wildcard.</summary>
    private static bool Same(TruthFinding truth, FindingRow finding) =>
        truth.Rule == finding.Rule && truth.Scope == finding.Scope;

    private static bool IsRight(decimal? expected, FactRow? fact) =>
        fact is not null
        && (
            expected is null
                ? fact.Status is "blank" or "placeholder"
                : fact.Status == "value" && StoredValues.ToDecimal(fact.Value) == expected
        );

    /// <summary>
    /// A miss that is worse than a gap: the cell was stored as read (a value, a blank or a placeholder) but says
    /// something else than the document (another number, a blank where a number stands, a number where none does).
    /// </summary>
    private static bool IsWrong(decimal? expected, FactRow? fact) =>
        fact is not null && fact.Status is "value" or "blank" or "placeholder";

    private static string Shown(decimal? value) =>
        value is null ? "blank/placeholder" : value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
