namespace ReportIngest.Checking.CrossYear;

/// <summary>
/// Pairs every report with the same agency's report of the year before (by normalised agency name; a pair
/// found only by a name that ends like the other, a prefix such as the province dropped, is marked uncertain) and runs
/// the cross-year rules. Where an agency has two reports for one year, the more complete one is used.
/// </summary>
public static class CrossYearChecker
{
    /// <summary>The rows the cross-year rules compare: carry-over, the stock of documents, the item counts. Only these
    /// facts need be given.</summary>
    public static readonly IReadOnlyCollection<string> ComparedRows =
    [
        "carried_in",
        "carried_out",
        "regulation",
        "normative_doc",
        "admin_license",
        "other_mgmt_service",
        "admin_penalty",
        "admin_coercion",
        "admin_fee",
    ];

    /// <summary>The cross-year findings of every report that has a predecessor among <paramref name="reports"/>, by
    /// report id.</summary>
    /// <param name="reports">Each report with how many cells were found in it, which picks one of an agency's two
    /// reports for a year.</param>
    public static Dictionary<long, List<Finding>> Check(IEnumerable<(YearReport Report, long CellsFound)> reports)
    {
        var byKeyAndYear = reports
            .GroupBy(r => (Key: AgencyIdentity.Key(r.Report.Agency), r.Report.Year))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.CellsFound).First().Report);
        var byYear = byKeyAndYear
            .GroupBy(e => e.Key.Year)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Key, Report: e.Value)).ToList());

        var findings = new Dictionary<long, List<Finding>>();
        foreach (var ((key, year), current) in byKeyAndYear)
        {
            if (key.Length == 0)
                continue;
            var (previous, match) = Predecessor(key, year, byKeyAndYear, byYear);
            if (previous is null)
                continue;
            var pairFindings = CrossYearRules.Check(previous, current, match).ToList();
            if (pairFindings.Count > 0)
                findings[current.Id] = pairFindings;
        }
        return findings;
    }

    private static (YearReport? Report, AgencyMatch Match) Predecessor(
        string key,
        int year,
        Dictionary<(string, int), YearReport> byKeyAndYear,
        Dictionary<int, List<(string Key, YearReport Report)>> byYear
    )
    {
        if (byKeyAndYear.TryGetValue((key, year - 1), out var same))
            return (same, AgencyMatch.Same);
        if (!byYear.TryGetValue(year - 1, out var candidates))
            return (null, AgencyMatch.Different);
        var similar = candidates.Where(c => AgencyIdentity.CompareKeys(c.Key, key) == AgencyMatch.Uncertain).ToList();
        return similar.Count == 1 ? (similar[0].Report, AgencyMatch.Uncertain) : (null, AgencyMatch.Different);
    }
}
