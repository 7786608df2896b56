using System.Text;
using ReportIngest.Text;

namespace ReportIngest.Generator.Variations;

/// <summary>
/// Converts generated text to Traditional characters the way mirror sites' automatic converters do: character by
/// character (OpenCC's s2t table, first choice), and in the Taiwan style also by phrase (信息 → 資訊, 文件 → 檔案).
/// The tables are data beside this file (<c>Variations/Data</c>), derived from OpenCC.
/// </summary>
public static class TraditionalScript
{
    private static readonly Dictionary<char, char> Characters = Pairs("simplified-to-traditional.txt")
        .Where(p => p.Key.Length == 1 && p.Value.Length == 1)
        .ToDictionary(p => p.Key[0], p => p.Value[0]);

    /// <summary>Mainland phrases in Traditional characters and the Taiwan ones, longest first.</summary>
    private static readonly (string Mainland, string Taiwan)[] TaiwanPhrases = Pairs("taiwan-phrases.txt")
        .OrderByDescending(p => p.Key.Length)
        .Select(p => (p.Key, p.Value))
        .ToArray();

    public static string Convert(string text, bool taiwanPhrases)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(Characters.GetValueOrDefault(ch, ch));
        if (!taiwanPhrases)
            return sb.ToString();
        foreach (var (mainland, taiwan) in TaiwanPhrases)
            if (mainland.Length >= 2)
                sb.Replace(mainland, taiwan);
        return sb.ToString();
    }

    /// <summary>The table's pairs, each with its first choice where OpenCC lists several.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Pairs(string resource) =>
        DataPairs
            .Read(typeof(TraditionalScript).Assembly, $"ReportIngest.Generator.Variations.Data.{resource}")
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.Split(' ')[0]));
}
