using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Maps a printed row label to a template row by key phrases (template.md §8.9). The leaf label is tried
/// before the whole label, and the longest key phrase wins, so group labels of merged cells never decide.
/// </summary>
public sealed class LabelMatcher
{
    private static readonly Dictionary<string, TemplateSection> Sections = TemplateCatalog.All
        .SelectMany(t => t.Tables).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Section);

    private readonly List<Candidate> _candidates;

    private sealed record Candidate(string Table, RowDefinition Row, string[] Phrases);

    public LabelMatcher(IEnumerable<TemplateDefinition> templates)
    {
        _candidates = templates
            .SelectMany(t => t.Tables.SelectMany(table => table.Rows.Where(r => !r.IsUnlabeled).Select(r => (table.Code, r))))
            .DistinctBy(x => (x.Code, x.r.Code))
            .Select(x => new Candidate(x.Code, x.r, x.r.KeyPhrases.Select(LabelNormalizer.Normalize).ToArray()))
            .ToList();
    }

    public static LabelMatcher Default { get; } = new(TemplateCatalog.All);

    /// <summary>The (table, row) a label names, or null. <paramref name="section"/> restricts the search when known.</summary>
    public (string Table, RowDefinition Row)? Match(RowParts parts, TemplateSection? section, bool exactOnly = false)
    {
        var leaf = LabelNormalizer.Normalize(parts.Leaf);
        var full = LabelNormalizer.Normalize(parts.FullLabel);
        return MatchLabel(leaf, section, exactOnly) ?? (full != leaf ? MatchLabel(full, section, exactOnly) : null);
    }

    public (string Table, RowDefinition Row)? MatchLabel(string normalized, TemplateSection? section, bool exactOnly = false)
    {
        if (normalized.Length == 0) return null;
        var stripped = LabelNormalizer.StripNumbering(normalized);
        Candidate? best = null;
        var bestLength = 0;
        foreach (var candidate in _candidates)
        {
            if (section is not null && SectionOfTable(candidate.Table) != section) continue;
            foreach (var phrase in candidate.Phrases)
            {
                var hit = candidate.Row.ExactLabel || exactOnly
                    ? stripped == phrase || stripped == LabelNormalizer.StripNumbering(LabelNormalizer.Normalize(candidate.Row.Label))
                    : normalized.Contains(phrase, StringComparison.Ordinal);
                if (hit && phrase.Length > bestLength)
                {
                    best = candidate;
                    bestLength = phrase.Length;
                }
            }
        }
        return best is null ? null : (best.Table, best.Row);
    }

    /// <summary>The section a table belongs to, as its definition says.</summary>
    public static TemplateSection SectionOfTable(string table) => Sections[table];
}
