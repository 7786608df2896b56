using Microsoft.Data.Sqlite;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Checking.CrossYear;

/// <summary>
/// Pairs every stored report with the same agency's report of the year before (by normalised agency name; a pair
/// found only by a name that ends or begins like the other is marked uncertain) and runs the cross-year rules.
/// Where an agency has two reports for one year, the more complete one is used.
/// </summary>
public sealed class CrossYearChecker(SqliteConnection connection)
{
    /// <summary>The cross-year findings of every report that has a predecessor, by report id.</summary>
    public Dictionary<long, List<Finding>> Check()
    {
        var reports = Load();
        var byKeyAndYear = reports.GroupBy(r => (Key: AgencyIdentity.Key(r.Report.Agency), r.Report.Year))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.CellsFound).First().Report);
        var byYear = byKeyAndYear.GroupBy(e => e.Key.Year).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Key, Report: e.Value)).ToList());

        var findings = new Dictionary<long, List<Finding>>();
        foreach (var ((key, year), current) in byKeyAndYear)
        {
            if (key.Length == 0) continue;
            var (previous, match) = Predecessor(key, year, byKeyAndYear, byYear);
            if (previous is null) continue;
            var pairFindings = CrossYearRules.Check(previous, current, match).ToList();
            if (pairFindings.Count > 0) findings[current.Id] = pairFindings;
        }
        return findings;
    }

    private static (YearReport? Report, AgencyMatch Match) Predecessor(string key, int year,
        Dictionary<(string, int), YearReport> byKeyAndYear, Dictionary<int, List<(string Key, YearReport Report)>> byYear)
    {
        if (byKeyAndYear.TryGetValue((key, year - 1), out var same)) return (same, AgencyMatch.Same);
        if (!byYear.TryGetValue(year - 1, out var candidates)) return (null, AgencyMatch.Different);
        var similar = candidates.Where(c => AgencyIdentity.CompareKeys(c.Key, key) == AgencyMatch.Uncertain).ToList();
        return similar.Count == 1 ? (similar[0].Report, AgencyMatch.Uncertain) : (null, AgencyMatch.Different);
    }

    private List<(YearReport Report, long CellsFound)> Load()
    {
        var queries = new ReportQueries(connection);
        var facts = queries.Facts().GroupBy(f => f.ReportId).ToDictionary(g => g.Key, g => g.Select(f => f.ToFact()).ToList());
        var doubtful = queries.Findings().Where(f => f.Rule == "S-STRUCT").GroupBy(f => f.ReportId)
            .ToDictionary(g => g.Key, g => ReportChecker.DoubtfulCells(g.Select(f => f.ToFinding())).ToList());
        return queries.Reports().Where(r => r.ReportYear is not null && facts.ContainsKey(r.ReportId)).Select(r =>
        {
            var versions = queries.TableTemplates(r.ReportId).Where(t => TemplateVersionCodes.Parse(t.Value) is not null)
                .ToDictionary(t => t.Key, t => TemplateVersionCodes.Parse(t.Value)!.Value);
            var reportFacts = new ReportFacts(facts[r.ReportId], versions, doubtful.GetValueOrDefault(r.ReportId) ?? []);
            return (new YearReport(r.ReportId, r.Document, r.Agency, (int)r.ReportYear!.Value, reportFacts), r.CellsFound);
        }).ToList();
    }
}
