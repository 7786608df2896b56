namespace ReportIngest.Text;

/// <summary>
/// Approximate matching for typed text: edit distance (insertions, deletions, substitutions, each costing one)
/// between strings and between a pattern and the best-matching substring of a text. Used only after exact matching
/// failed, on short labels and headings.
/// </summary>
public static class Fuzzy
{
    /// <summary>The fewest edits that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
            return b.Length;
        if (b.Length == 0)
            return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(
                    Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                );
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The fewest edits that turn <paramref name="pattern"/> into some substring of <paramref name="text"/> (Sellers'
    /// algorithm: a match may start anywhere in the text at no cost).
    /// </summary>
    public static int SubstringDistance(string text, string pattern)
    {
        if (pattern.Length == 0)
            return 0;
        var previous = new int[pattern.Length + 1];
        var current = new int[pattern.Length + 1];
        for (var j = 0; j <= pattern.Length; j++)
            previous[j] = j;
        var best = previous[pattern.Length];
        foreach (var ch in text)
        {
            current[0] = 0;
            for (var j = 1; j <= pattern.Length; j++)
                current[j] = Math.Min(
                    Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (ch == pattern[j - 1] ? 0 : 1)
                );
            best = Math.Min(best, current[pattern.Length]);
            (previous, current) = (current, previous);
        }
        return best;
    }

    /// <summary>True when some part of <paramref name="text"/> as long as <paramref name="pattern"/> differs from it in
    /// exactly one character.</summary>
    public static bool ContainsWithOneSubstitution(string text, string pattern)
    {
        if (pattern.Length == 0 || !HoldsAPiece(text, pattern, 2))
            return false;
        for (var start = 0; start + pattern.Length <= text.Length; start++)
        {
            var differences = 0;
            for (var i = 0; i < pattern.Length && differences <= 1; i++)
                if (text[start + i] != pattern[i])
                    differences++;
            if (differences == 1)
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="pattern"/> with at most <paramref
    /// name="maxEdits"/> edits.</summary>
    public static bool Contains(string text, string pattern, int maxEdits) =>
        text.Contains(pattern, StringComparison.Ordinal)
        || (maxEdits > 0 && HoldsAPiece(text, pattern, maxEdits + 1) && SubstringDistance(text, pattern) <= maxEdits);

    /// <summary>
    /// True when the text holds one of the <paramref name="pieces"/> parts the pattern cuts into: a pattern found with
    /// fewer edits than pieces leaves at least one part untouched, so without any there is no such match (a quick
    /// test before the full comparison).
    /// </summary>
    private static bool HoldsAPiece(string text, string pattern, int pieces)
    {
        if (pattern.Length < pieces)
            return true;
        var length = pattern.Length / pieces;
        for (var piece = 0; piece < pieces; piece++)
        {
            var start = piece * length;
            var part = piece == pieces - 1 ? pattern[start..] : pattern.Substring(start, length);
            if (text.Contains(part, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
