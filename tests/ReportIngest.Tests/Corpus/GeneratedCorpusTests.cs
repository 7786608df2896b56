using ReportIngest.Evaluation;
using ReportIngest.Generator;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Corpus;

/// <summary>
/// Reports made by the project's generator, whose truth files are computed by the generator's own evaluator from
/// the final figures (not by the checker under test): every cell read, every injected fault found as a filer error.
/// </summary>
public class GeneratedCorpusTests
{
    private static List<DocumentScore> ScoreFolder(string folder)
    {
        using var scratch = new TempFolder();
        using var connection = Database.Open(Path.Combine(scratch.Path, "t.db"));
        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run([folder], connection);
        Assert.Empty(summary.Failures);
        var queries = new ReportQueries(connection);
        return queries
            .Reports()
            .Where(r => File.Exists(Path.Combine(folder, r.Document + ".truth.json")))
            .Select(r =>
                TruthScorer.Score(
                    TruthFile.Load(Path.Combine(folder, r.Document + ".truth.json")),
                    r,
                    queries.Facts(r.ReportId).ToList(),
                    queries.Findings(r.ReportId).ToList()
                )
            )
            .ToList();
    }

    private static void AssertPerfect(List<DocumentScore> scores)
    {
        Assert.NotEmpty(scores);
        Assert.All(scores, s =>
        {
            Assert.True(
                s.CellsRight == s.CellsScored,
                $"{s.Document}: {s.CellsRight}/{s.CellsScored}; {string.Join("; ", s.CellMisses.Take(3))}"
            );
            Assert.Empty(s.ErrorsMissed);
            Assert.Empty(s.FalseFilerErrors);
            Assert.Empty(s.WarningsMissed);
            Assert.Empty(s.FalseFilerWarnings);
            Assert.True(s.MetadataRight == s.MetadataScored, $"{s.Document}: {string.Join("; ", s.MetadataMisses)}");
        });
    }

    [Fact]
    public void The_bundled_generated_corpus_scores_every_cell_and_every_fault()
    {
        var scores = ScoreFolder(Path.Combine(TestPaths.Corpus, "generated"));
        Assert.Equal(20, scores.Count);
        AssertPerfect(scores);
        Assert.Equal(16, scores.Sum(s => s.ErrorsFound));
    }

    [Fact]
    public void Freshly_generated_reports_of_both_versions_and_all_formats_round_trip()
    {
        using var folder = new TempFolder();
        var specs = SampleSets.Cycling(18).ToList();
        var pages = specs.Select(s => s.Html).OfType<HtmlOptions>().ToList();
        Assert.Equal(Enum.GetValues<ArticleContainer>(), pages.Select(p => p.Container).Distinct().Order());
        Assert.Equal(Enum.GetValues<PageEncoding>(), pages.Select(p => p.Encoding).Distinct().Order());
        Assert.Equal(Enum.GetValues<RequestsSplit>(), pages.Select(p => p.SplitRequests).Distinct().Order());
        for (var i = 0; i < specs.Count; i++)
            DocumentGenerator.Write(specs[i], seed: 20261128, i + 1, folder.Path);

        var scores = ScoreFolder(folder.Path);
        Assert.Equal(18, scores.Count);
        AssertPerfect(scores);
        Assert.True(scores.Sum(s => s.ErrorsFound) > 0, "the cycling set injects faults");
    }

    [Fact]
    public void A_series_of_years_finds_every_planted_carry_over_mismatch_in_its_column_and_no_other()
    {
        using var folder = new TempFolder();
        var (documents, planted) = SeriesGenerator.Write(
            folder.Path,
            seed: 7,
            agencies: 4,
            firstYear: 2019,
            lastYear: 2025,
            mismatchShare: 0.5
        );
        using var scratch = new TempFolder();
        using var connection = Database.Open(Path.Combine(scratch.Path, "t.db"));
        new IngestRunner(DocumentProcessor.Default, 2).Run([folder.Path], connection);
        new ReportIngest.Ingestion.DatabaseChecker(
            connection,
            ReportIngest.Checking.ReportChecker.Default
        ).RunCrossYear();

        var queries = new ReportQueries(connection);
        var scores = queries
            .Reports()
            .Select(r =>
                TruthScorer.Score(
                    TruthFile.Load(Path.Combine(folder.Path, r.Document + ".truth.json")),
                    r,
                    queries.Facts(r.ReportId).ToList(),
                    queries.Findings(r.ReportId).ToList()
                )
            )
            .ToList();
        var carryWarnings = queries.Findings().Count(f => f.Rule == "X3-CARRY" && f.Severity == "warning");

        Assert.Equal(28, documents);
        Assert.True(planted > 0);
        AssertPerfect(scores);
        Assert.Equal(2 * planted, scores.Sum(s => s.WarningsFound)); // the column and 总计
        Assert.Empty(scores.SelectMany(s => s.WarningsMissed));
        Assert.Equal(2 * planted, carryWarnings);
    }
}
