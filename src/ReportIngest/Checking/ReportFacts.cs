using ReportIngest.Extraction;
using ReportIngest.Templates;

namespace ReportIngest.Checking;

/// <summary>What the in-report rules see of one report: its facts by key, the version of each table, and the cells that
/// structural problems touch.</summary>
public sealed class ReportFacts
{
    public ReportFacts(
        IEnumerable<Fact> facts,
        IReadOnlyDictionary<string, TemplateVersion> tableVersions,
        IEnumerable<string> structurallyDoubtfulCells
    )
    {
        var byKey = new Dictionary<string, Fact>(facts is ICollection<Fact> collection ? collection.Count : 0);
        foreach (var fact in facts)
            byKey.TryAdd(fact.Key, fact); // the first reading of a cell wins
        ByKey = byKey;
        TableVersions = tableVersions;
        DoubtfulCells = structurallyDoubtfulCells.ToHashSet();
    }

    public IReadOnlyDictionary<string, Fact> ByKey { get; }
    public IReadOnlyDictionary<string, TemplateVersion> TableVersions { get; }

    /// <summary>Cells of rows that had a structural warning (surplus values, ambiguous alignment).</summary>
    public IReadOnlySet<string> DoubtfulCells { get; }

    public Fact? Get(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The report's running text, for the rules that compare what the text states with the tables.</summary>
    public string Text { get; init; } = "";
}
