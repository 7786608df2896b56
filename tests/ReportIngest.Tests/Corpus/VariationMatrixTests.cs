using ReportIngest.Evaluation;
using ReportIngest.Generator;
using ReportIngest.Generator.Variations;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Corpus;

/// <summary>
/// The generator's variation matrix (every real-world deviation of template.md §8 alone, in every format it applies to)
/// and random combinations of them, scored against the truth the generator computes from the printed figures: every
/// cell read, no wrong value, every planted filing error found and no other.
/// </summary>
public class VariationMatrixTests
{
    /// <summary>Generates the documents as <c>--matrix</c> / <c>--combinations</c> do with <c>--seed <paramref name="seed"/></c>, ingests and scores them.</summary>
    private static List<DocumentScore> Score(IEnumerable<DocumentSpec> specs, int seed)
    {
        using var folder = new TempFolder();
        var list = specs.ToList();
        for (var i = 0; i < list.Count; i++)
            if (Path.GetExtension(list[i].FileName) != ".pdf") DocumentGenerator.Write(list[i], seed, i + 1, folder.Path);
        using var scratch = new TempFolder();
        using var connection = ReportDatabase.Open(Path.Combine(scratch.Path, "t.db"));
        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run([folder.Path], connection);
        Assert.Empty(summary.Failures);
        var queries = new ReportQueries(connection);
        return queries.Reports().Select(r => TruthScorer.Score(TruthFile.Load(Path.Combine(folder.Path, r.Document + ".truth.json")), r,
            queries.Facts(r.ReportId).ToList(), queries.Findings(r.ReportId).ToList())).ToList();
    }

    private static void AssertPerfect(List<DocumentScore> scores, int documents)
    {
        Assert.Equal(documents, scores.Count);
        Assert.All(scores, s =>
        {
            Assert.True(s.CellsRight == s.CellsScored, $"{s.Document}: {s.CellsRight}/{s.CellsScored}; {string.Join("; ", s.CellMisses.Take(3))}");
            Assert.Empty(s.WrongValues);
            Assert.Empty(s.ErrorsMissed);
            Assert.Empty(s.FalseFilerErrors);
        });
    }

    [Theory]
    [InlineData(".md")]
    [InlineData(".txt")]
    [InlineData(".html")]
    [InlineData(".docx")]
    public void Every_variation_alone_reads_perfectly(string extension)
    {
        var specs = SampleSets.Matrix(perCell: 2).Where(s => Path.GetExtension(s.FileName) == extension).ToList();
        Assert.True(specs.Select(s => s.Variations).Distinct().Count() > 15, "the matrix covers the variations of this format");
        AssertPerfect(Score(specs, seed: 1), specs.Count);
    }

    [Fact]
    public void Random_combinations_of_variations_read_perfectly()
    {
        // as `--combinations 80 --seed 11` writes them, without the PDFs
        var specs = SampleSets.Combinations(80, seed: 11).ToList();
        Assert.Contains(specs, s => System.Numerics.BitOperations.PopCount((ulong)s.Variations) >= 8);
        AssertPerfect(Score(specs, seed: 11), specs.Count(s => Path.GetExtension(s.FileName) != ".pdf"));
    }
}
