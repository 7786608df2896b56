using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Maps a printed row label to a template row by key phrases (template.md §8.9). The leaf label is tried before the
/// whole label, and the longest key phrase wins, so group labels of merged cells never decide. A label typed with a
/// slip matches the one row it is closest to (<see cref="LabelSlips"/>). A label that names two rows equally well is
/// ambiguous and matches none: it is never placed.
/// </summary>
public sealed class LabelMatcher
{
    private static readonly Dictionary<string, TemplateSection> Sections = TemplateCatalog
        .All.SelectMany(t => t.Tables)
        .DistinctBy(t => t.Code)
        .ToDictionary(t => t.Code, t => t.Section);

    /// <summary>Key phrases shorter than this are never matched approximately (信访, 其他: one slip makes another
    /// word).</summary>
    private const int MinFuzzyPhrase = 4;

    private readonly List<Candidate> _candidates;
    private readonly List<Candidate> _groups;
    private readonly HashSet<string> _wholeLabels;
    private readonly HashSet<string> _unnumberedLabels;

    private sealed record Candidate(string Table, RowDefinition Row, string[] Phrases, string Label);

    public LabelMatcher(IEnumerable<TemplateDefinition> templates)
    {
        _candidates = templates
            .SelectMany(t =>
                t.Tables.SelectMany(table => table.Rows.Where(r => !r.IsUnlabeled).Select(r => (table.Code, r)))
            )
            // a row each version labels its own way (规范性文件, 2021: 行政规范性文件) is matched by either label
            .DistinctBy(x => (x.Code, x.r.Code, x.r.Label))
            .Select(x => new Candidate(
                x.Code,
                x.r,
                x.r.KeyPhrases.Select(LabelNormalizer.Normalize).ToArray(),
                LabelNormalizer.StripNumbering(LabelNormalizer.Normalize(x.r.Label))
            ))
            .ToList();
        _wholeLabels = templates
            .SelectMany(t => t.Tables)
            .SelectMany(t => t.Rows)
            .Select(r => LabelNormalizer.StripNumbering(LabelNormalizer.Normalize(r.Label)))
            .ToHashSet();
        _unnumberedLabels = templates
            .SelectMany(t => t.Tables)
            .SelectMany(t => t.Rows)
            .Select(r => LabelNormalizer.Normalize(r.Label))
            .Where(label => label == LabelNormalizer.StripNumbering(label))
            .ToHashSet();
        _groups = templates
            .SelectMany(t => t.Tables.SelectMany(table => table.Groups.Select(g => (table.Code, g))))
            .DistinctBy(x => (x.Code, x.g.Code))
            .Select(x => new Candidate(
                x.Code,
                x.g,
                x.g.KeyPhrases.Select(LabelNormalizer.Normalize).ToArray(),
                LabelNormalizer.StripNumbering(LabelNormalizer.Normalize(x.g.Label))
            ))
            .ToList();
    }

    /// <summary>The (table, group) a row's label names when it is a group label (（三）不予公开), or null.</summary>
    public (string Table, RowDefinition Group)? MatchGroup(RowParts parts)
    {
        var leaf = LabelNormalizer.Normalize(parts.Leaf);
        return _groups.FirstOrDefault(g => g.Phrases.Any(p => leaf.Contains(p, StringComparison.Ordinal))) is { } hit
            ? (hit.Table, hit.Row)
            : null;
    }

    public static LabelMatcher Default { get; } = new(TemplateCatalog.All);

    /// <summary>
    /// The (table, row) a label names, or null. <paramref name="section"/> restricts the search when known;
    /// <paramref name="exactOnly"/> asks for the row's whole label or phrase (text dumps); <paramref name="slips"/>
    /// says how far a label with a slip may be from its row.
    /// </summary>
    public (string Table, RowDefinition Row)? Match(
        RowParts parts,
        TemplateSection? section,
        bool exactOnly = false,
        LabelSlips slips = LabelSlips.Any
    )
    {
        var leaf = LabelNormalizer.Normalize(parts.Leaf);
        var full = LabelNormalizer.Normalize(parts.FullLabel);
        return MatchLabel(leaf, section, exactOnly, slips)
            ?? (full != leaf ? MatchLabel(full, section, exactOnly, slips) : null);
    }

    public (string Table, RowDefinition Row)? MatchLabel(
        string normalized,
        TemplateSection? section,
        bool exactOnly = false,
        LabelSlips slips = LabelSlips.Any
    )
    {
        if (normalized.Length == 0)
            return null;
        var stripped = LabelNormalizer.StripNumbering(normalized);
        var exact = Best(section, c => ExactStrength(c, normalized, stripped, exactOnly), higherIsBetter: true);
        if (exact.Found || exact.Ambiguous || slips == LabelSlips.None)
            return exact.Match;
        // No row's phrase is there as printed: a slip in the whole label, or one wrong character in a phrase.
        var slip = Best(
            section,
            c => SlipDistance(c, normalized, stripped, exactOnly || slips == LabelSlips.WholeLabel),
            higherIsBetter: false
        );
        return slip.Match;
    }

    /// <summary>The length of the longest key phrase the label holds (or equals, for exact labels); 0 for
    /// none.</summary>
    private static int ExactStrength(Candidate candidate, string normalized, string stripped, bool exactOnly)
    {
        var best = 0;
        foreach (var phrase in candidate.Phrases)
        {
            var hit =
                candidate.Row.ExactLabel || exactOnly
                    ? stripped == phrase || stripped == candidate.Label
                    : normalized.Contains(phrase, StringComparison.Ordinal);
            if (hit && phrase.Length > best)
                best = phrase.Length;
        }
        return best;
    }

    /// <summary>
    /// How far the label is from naming this row: its whole text within an edit in eight characters of the row's label
    /// (scored by the edits); else, unless <paramref name="wholeLabelOnly"/>, one of the row's phrases of four
    /// characters or more with exactly one character wrong somewhere in the label (scored after every whole-label
    /// match: a phrase missing a character, 予公开 in 不予公开, is another word); <see cref="int.MaxValue"/> when neither is
    /// close.
    /// </summary>
    private static int SlipDistance(Candidate candidate, string normalized, string stripped, bool wholeLabelOnly)
    {
        var allowed = Math.Max(1, candidate.Label.Length / 8);
        if (
            Math.Abs(stripped.Length - candidate.Label.Length) <= allowed
            && Fuzzy.Distance(stripped, candidate.Label) is var d
            && d <= allowed
        )
            return d;
        if (candidate.Row.ExactLabel || wholeLabelOnly)
            return int.MaxValue;
        foreach (var phrase in candidate.Phrases.Where(p => p.Length >= MinFuzzyPhrase))
            if (Fuzzy.ContainsWithOneSubstitution(normalized, phrase))
                return PhraseSlip;
        return int.MaxValue;
    }

    /// <summary>The score of a phrase found with one slip: worse than any whole label within its allowance.</summary>
    private const int PhraseSlip = 100;

    /// <summary>True when the label, without its numbering, is the whole label of a row of either version: complete,
    /// not a fragment.</summary>
    public bool IsWholeLabel(string normalized)
    {
        var stripped = LabelNormalizer.StripNumbering(normalized);
        return stripped.Length > 0 && _wholeLabels.Contains(stripped);
    }

    /// <summary>
    /// True when the label is a row's whole label as the template prints it: with its numbering where the template
    /// numbers the row (其他 alone is a header's word; 3.其他 the row).
    /// </summary>
    public bool IsWholeLabelAsNumbered(string normalized) =>
        LabelNormalizer.StripNumbering(normalized) == normalized
            ? _unnumberedLabels.Contains(normalized)
            : IsWholeLabel(normalized);

    private readonly record struct Outcome((string Table, RowDefinition Row)? Match, bool Found, bool Ambiguous);

    /// <summary>
    /// The candidate with the best score. A different row scoring as well makes the label ambiguous (no match); so
    /// does, for exact matches, any other row whose phrase the label also holds, unless the best phrase contains it
    /// (two labels run together in one cell name two rows).
    /// </summary>
    private Outcome Best(TemplateSection? section, Func<Candidate, int> score, bool higherIsBetter)
    {
        Candidate? best = null;
        var bestScore = higherIsBetter ? 0 : int.MaxValue;
        var ambiguous = false;
        var hits = new List<Candidate>();
        foreach (var candidate in _candidates)
        {
            if (section is not null && SectionOfTable(candidate.Table) != section)
                continue;
            var s = score(candidate);
            if (higherIsBetter ? s <= 0 : s == int.MaxValue)
                continue;
            hits.Add(candidate);
            var better = higherIsBetter ? s > bestScore : s < bestScore;
            if (better)
            {
                (best, bestScore, ambiguous) = (candidate, s, false);
            }
            else if (s == bestScore && best is not null && !SameRow(best, candidate))
            {
                ambiguous = true;
            }
        }
        if (best is null)
            return new(null, false, false);
        if (
            higherIsBetter
            && hits.Any(h =>
                !SameRow(h, best) && !best.Phrases.Any(p => h.Phrases.Any(q => p.Contains(q, StringComparison.Ordinal)))
            )
        )
            ambiguous = true;
        return ambiguous ? new(null, false, true) : new((best.Table, best.Row), true, false);
    }

    /// <summary>Two candidates for one row: the same code in the same table (both template versions define most
    /// rows).</summary>
    private static bool SameRow(Candidate a, Candidate b) => a.Table == b.Table && a.Row.Code == b.Row.Code;

    /// <summary>The section a table belongs to, as its definition says.</summary>
    public static TemplateSection SectionOfTable(string table) => Sections[table];
}
