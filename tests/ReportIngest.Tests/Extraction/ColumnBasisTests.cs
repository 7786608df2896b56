using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Text;

namespace ReportIngest.Tests.Extraction;

/// <summary>Every figure says how its reader decided its column: the evidence the checker weighs a misplacement
/// by.</summary>
public class ColumnBasisTests
{
    [Theory]
    [InlineData("gen_13_gov2019_stroked_fault.pdf", ColumnBasis.Rulings)] // a table drawn with stroked rulings
    [InlineData("gen_14_gov2021_rects_fault.pdf", ColumnBasis.Rulings)] // rulings drawn as thin rectangles
    [InlineData("gen_15_gov2021_stream_clean.pdf", ColumnBasis.Position)] // no rulings: placed by where figures stand
    [InlineData("gen_07_gov2019_trs_clean.html", ColumnBasis.Markup)]
    [InlineData("gen_17_gov2021_split_runs_fault.docx", ColumnBasis.Markup)]
    [InlineData("gen_02_gov2021_clean.md", ColumnBasis.Markup)]
    [InlineData("gen_04_gov2021_clean.txt", ColumnBasis.Markup)] // fields separated by tabs
    public void A_figure_carries_how_its_reader_placed_it(string name, ColumnBasis expected)
    {
        var processed = DocumentProcessor.Default.Process(
            SourceDocument.FromFile(Path.Combine(TestPaths.Corpus, "generated", name))
        );

        var figures = processed.Report.Facts.Where(f => f.Status == CellStatus.Value).ToList();
        Assert.True(figures.Count > 100, $"{figures.Count} figures read");
        Assert.All(figures, f => Assert.Equal(expected, f.Basis));
    }
}
