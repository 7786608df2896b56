using System.Text;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Readers;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// What the invariance tests of documents converted to other text layouts share: the text's table rows rewritten, the
/// facts read from a text, and the cells a conversion read otherwise than the original.
/// </summary>
internal static class ConvertedText
{
    /// <summary>A bundled document's text with each tab-separated or pipe table row rewritten as
    /// <paramref name="row"/> lays out its trimmed fields; a table's separator rows are left out.</summary>
    public static string Rewrite(SourceDocument source, Func<string[], IEnumerable<string>> row)
    {
        var lines = new List<string>();
        foreach (var line in TextDecoder.Decode(source.Bytes).Text.Replace("\r\n", "\n").Split('\n'))
        {
            var fields =
                line.Contains('\t') ? line.Split('\t')
                : line.TrimStart().StartsWith('|') ? line.Trim().Trim('|').Split('|')
                : null;
            if (fields is null)
                lines.Add(line);
            else if (!fields.All(f => f.All(c => c is '-' or ':' or ' ')))
                lines.AddRange(row([.. fields.Select(f => f.Trim())]));
        }
        return string.Join('\n', lines);
    }

    public static Dictionary<string, Fact> Facts(byte[] bytes) =>
        ReportExtractor
            .Default.Extract(DocumentReaders.Default.Read(new SourceDocument("converted.txt", bytes)))
            .Facts.ToDictionary(f => f.Key);

    public static Dictionary<string, Fact> Facts(string text) => Facts(Encoding.UTF8.GetBytes(text));

    /// <summary>The cells the conversion stored as a value, blank or placeholder other than the original did.</summary>
    public static List<string> Changed(Dictionary<string, Fact> original, Dictionary<string, Fact> converted) =>
        converted
            .Values.Where(f => f.Status is CellStatus.Value or CellStatus.Blank or CellStatus.Placeholder)
            .Where(f => !original.TryGetValue(f.Key, out var o) || (o.Status, o.Value) != (f.Status, f.Value))
            .Select(f => $"{f.Key}: {Show(original.GetValueOrDefault(f.Key))} -> {Show(f)}")
            .ToList();

    private static string Show(Fact? fact) => fact is null ? "nothing" : $"{fact.Status} {fact.Value}";
}
