using ReportIngest.Documents;
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
        var original = ConvertedText.Facts(source.Bytes);
        var converted = ConvertedText.Facts(ConvertedText.Rewrite(source, fields => CellALine(fields, figuresFirst)));

        var changed = ConvertedText.Changed(original, converted);

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

    /// <summary>Every field of a table row on a line of its own, empty fields left out.</summary>
    private static IEnumerable<string> CellALine(string[] fields, bool figuresFirst)
    {
        var cells = fields.Where(f => f.Length > 0).ToList();
        var figures = cells.Where(CellValueParser.IsValueOrPlaceholder).ToList();
        var labels = cells.Where(c => !CellValueParser.IsValueOrPlaceholder(c)).ToList();
        return figuresFirst ? [.. figures, .. labels] : cells;
    }
}
