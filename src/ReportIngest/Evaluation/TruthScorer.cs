using ReportIngest.Storage;

namespace ReportIngest.Evaluation;

/// <summary>
/// Scores exported facts and findings of one document against its truth file (contract.md, last section):
/// a cell is right when the value matches, or when the truth says null and the fact is blank or placeholder.
/// </summary>
public static class TruthScorer
{
    public static DocumentScore Score(TruthFile truth, IReadOnlyList<FactRow> facts, IReadOnlyList<FindingRow> findings)
    {
        var byKey = facts.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var right = 0;
        var misses = new List<string>();
        foreach (var (key, expected) in truth.Cells.Where(c => !truth.Unscored.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            byKey.TryGetValue(key, out var fact);
            if (IsRight(expected, fact)) right++;
            else misses.Add($"{key}: expected {Shown(expected)}, got {(fact is null ? "nothing" : $"{fact.Status} '{fact.Raw}' at {fact.Locator}")}");
        }

        var filerErrors = findings.Where(f => f.AttributedTo == "filer" && f.Severity == "error").ToList();
        var truthErrors = truth.Findings.Where(f => f.Severity == "error").ToList();
        var errorsMissed = truthErrors.Where(t => !filerErrors.Any(f => Same(t, f))).Select(t => $"{t.Rule}/{t.Scope}").ToList();
        var falseErrors = filerErrors.Where(f => !truthErrors.Any(t => Same(t, f))).Select(f => $"{f.Rule}/{f.Scope}: {f.Message}").ToList();
        var truthWarnings = truth.Findings.Where(f => f.Severity != "error").ToList();
        var warningsMissed = truthWarnings.Where(t => !findings.Any(f => Same(t, f))).Select(t => $"{t.Rule}/{t.Scope}").ToList();

        return new DocumentScore(truth.Document, right, truth.Cells.Count - truth.Cells.Keys.Count(truth.Unscored.Contains), misses,
            truthErrors.Count - errorsMissed.Count, errorsMissed, falseErrors, truthWarnings.Count - warningsMissed.Count, warningsMissed);
    }

    private static bool Same(TruthFinding truth, FindingRow finding) => truth.Rule == finding.Rule && (truth.Scope.Length == 0 || truth.Scope == finding.Scope);

    private static bool IsRight(decimal? expected, FactRow? fact) => fact is not null && (expected is null
        ? fact.Status is "blank" or "placeholder"
        : fact.Status == "value" && StoredValues.ToDecimal(fact.Value) == expected);

    private static string Shown(decimal? value) => value is null ? "blank/placeholder" : value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
