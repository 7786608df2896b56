using System.Text;

namespace ReportIngest.Text;

/// <summary>
/// Folds Traditional-character text to Simplified for matching, never for storing (template.md §8.16: mirror and
/// reprint sites serve automatic 繁體 conversions). The character table and the phrases (反覆 for 反复, 資訊 for 信息) are
/// data, <c>Text/Data/*.txt</c>, derived from OpenCC. Simplified text is returned as it is, without allocating.
/// </summary>
public static class SimplifiedChinese
{
    private const char FirstMapped = '\u3400';

    private static readonly char[] Characters = LoadCharacters();

    /// <summary>Phrases that do not fold character by character (反覆, 資訊), in folded characters, by their first
    /// character, longest first.</summary>
    private static readonly Dictionary<char, (string Phrase, string Simplified)[]> Phrases = LoadPhrases();

    /// <summary>Every Traditional character replaced by its Simplified form: the same length, so offsets stay
    /// valid.</summary>
    public static string FoldCharacters(string text)
    {
        var first = FirstTraditional(text);
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
            if (Mapped(chars[i]) is var simplified and not '\0')
                chars[i] = simplified;
        return new string(chars);
    }

    /// <summary>As <see cref="FoldCharacters"/>, then phrases replaced (反覆 → 反复, 資訊 → 信息) where the text was
    /// Traditional.</summary>
    public static string Fold(string text)
    {
        var folded = FoldCharacters(text);
        return ReferenceEquals(folded, text) ? text : ReplacePhrases(folded);
    }

    private static int FirstTraditional(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] >= FirstMapped && Mapped(text[i]) != '\0')
                return i;
        return -1;
    }

    private static char Mapped(char ch) => ch >= FirstMapped ? Characters[ch - FirstMapped] : '\0';

    private static string ReplacePhrases(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (
                Phrases.TryGetValue(text[i], out var candidates)
                && candidates.FirstOrDefault(c => string.CompareOrdinal(text, i, c.Phrase, 0, c.Phrase.Length) == 0)
                    is { Phrase: not null } hit
            )
            {
                result ??= new StringBuilder(text, 0, i, text.Length);
                result.Append(hit.Simplified);
                i += hit.Phrase.Length - 1;
                continue;
            }
            result?.Append(text[i]);
        }
        return result?.ToString() ?? text;
    }

    private static char[] LoadCharacters()
    {
        var table = new char[char.MaxValue - FirstMapped + 1];
        foreach (var (traditional, simplified) in Pairs("traditional-characters.txt"))
            if (traditional.Length == 1 && simplified.Length == 1 && traditional[0] >= FirstMapped)
                table[traditional[0] - FirstMapped] = simplified[0];
        return table;
    }

    private static Dictionary<char, (string, string)[]> LoadPhrases() =>
        Pairs("traditional-phrases.txt")
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key[0])
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value)).ToArray()
            );

    private static List<KeyValuePair<string, string>> Pairs(string resource) =>
        DataPairs.Read(typeof(SimplifiedChinese).Assembly, $"ReportIngest.Text.Data.{resource}");
}
