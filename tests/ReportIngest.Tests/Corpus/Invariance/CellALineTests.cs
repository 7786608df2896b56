using System.Text;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Readers;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// A PDF converted to text by a tool that writes each cell on a line of its own (<c>pdftotext</c> without
/// <c>-layout</c>), in the order printed or with each row's figures before its label (the order some PDFs draw their
/// cells in): whatever such a text loses, it never changes a stored value. A label takes the figures under it only
/// where the order shows they are its; a label beside loose figures is never a row printed blank.
/// </summary>
public class CellALineTests
{
    public static TheoryData<string, bool> Cases()
    {
        var cases = new TheoryData<string, bool>();
        foreach (
            var name in new[] { "gen_02_gov2021_clean.md", "gen_04_gov2021_clean.txt", "gen_03_gov2019_fault.txt" }
        )
        foreach (var figuresFirst in new[] { false, true })
            cases.Add(name, figuresFirst);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_document_written_a_cell_a_line_never_stores_another_value(string name, bool figuresFirst)
    {
        var source = SourceDocument.FromFile(Path.Combine(TestPaths.Corpus, "generated", name));
        var original = Facts(source.Bytes);
        var converted = Facts(Encoding.UTF8.GetBytes(CellALine(TextDecoder.Decode(source.Bytes).Text, figuresFirst)));

        var changed = converted
            .Values.Where(f => f.Status is CellStatus.Value or CellStatus.Blank or CellStatus.Placeholder)
            .Where(f => !original.TryGetValue(f.Key, out var o) || (o.Status, o.Value) != (f.Status, f.Value))
            .Select(f => $"{f.Key}: {Show(original.GetValueOrDefault(f.Key))} -> {Show(f)}")
            .ToList();

        Assert.True(changed.Count == 0, $"{changed.Count} cells read otherwise: {string.Join("; ", changed.Take(8))}");
        if (!figuresFirst)
        {
            // in the order printed, the rows whose label is whole on its line are read: section 二 throughout
            var proactive = original.Values.Where(f => f.Table.StartsWith("s2", StringComparison.Ordinal)).ToList();
            Assert.All(proactive, f =>
                Assert.Equal((f.Status, f.Value), (converted[f.Key].Status, converted[f.Key].Value))
            );
        }
    }

    private static Dictionary<string, Fact> Facts(byte[] bytes) =>
        ReportExtractor
            .Default.Extract(DocumentReaders.Default.Read(new SourceDocument("converted.txt", bytes)))
            .Facts.ToDictionary(f => f.Key);

    private static string Show(Fact? fact) => fact is null ? "nothing" : $"{fact.Status} {fact.Value}";

    /// <summary>Every field of a tab-separated or pipe table row on a line of its own, empty fields left out.</summary>
    private static string CellALine(string text, bool figuresFirst)
    {
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var fields =
                line.Contains('\t') ? line.Split('\t')
                : line.TrimStart().StartsWith('|') ? line.Trim().Trim('|').Split('|')
                : null;
            if (fields is null)
            {
                lines.Add(line);
                continue;
            }
            var cells = fields.Select(f => f.Trim()).Where(f => f.Length > 0 && !f.All(c => c is '-' or ':')).ToList();
            var figures = cells.Where(CellValueParser.IsValueOrPlaceholder).ToList();
            var labels = cells.Where(c => !CellValueParser.IsValueOrPlaceholder(c)).ToList();
            lines.AddRange(figuresFirst ? [.. figures, .. labels] : cells);
        }
        return string.Join('\n', lines);
    }
}
