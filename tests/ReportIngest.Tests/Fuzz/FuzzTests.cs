using System.IO.Compression;
using ReportIngest.Documents;
using ReportIngest.Fuzz;
using ReportIngest.Readers;
using ReportIngest.Storage;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Fuzz;

/// <summary>
/// A short fuzz run over the project's own documents (the long one is <c>scripts/ReportIngest.Fuzz</c>), and every
/// input a fuzz run ever broke ingestion with, kept in <c>regressions/</c>.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_short_fuzz_run_finds_no_crash_hang_or_partial_report()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "fuzz.db"));

        var summary = Fuzzer.Run(
            Fuzzer.Seeds(TestPaths.Corpus),
            count: 300,
            seed: 20261128,
            connection,
            findingsFolder: null
        );

        foreach (var (format, results) in summary.ByFormat)
            output.WriteLine($"{format}: {string.Join(", ", results.Select(r => $"{r.Key} {r.Value}"))}");
        var findings = summary
            .Findings.Select(f => $"{f.Outcome.Result} {f.Format} {f.Mutation} of {f.Seed}: {f.Outcome.Detail}")
            .ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.Equal(5, summary.ByFormat.Count); // docx, html, md, pdf, txt all tried
        Assert.True(summary.Count(FuzzResult.Stored) > 0 && summary.Count(FuzzResult.Rejected) > 0);
    }

    public static TheoryData<string> Regressions() =>
        [
            .. Directory
                .EnumerateFiles(
                    Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportIngest.Tests", "Fuzz", "regressions")
                )
                .Select(f => Path.GetFileName(f)!)
                .Order(),
        ];

    [Theory]
    [MemberData(nameof(Regressions))]
    public void An_input_that_once_broke_ingestion_is_now_stored_or_refused_with_a_reason(string file)
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "r.db"));
        var bytes = File.ReadAllBytes(
            Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportIngest.Tests", "Fuzz", "regressions", file)
        );

        var outcome = new FuzzRunner(connection, TimeSpan.FromSeconds(20), 2L << 30).Attempt(file, bytes);

        Assert.True(outcome.Result is FuzzResult.Stored or FuzzResult.Rejected, $"{outcome.Result}: {outcome.Detail}");
    }

    /// <summary>
    /// 16,000 unclosed lists inside a table row (what the fuzzer's deep-nesting mutation planted in gen_11):
    /// AngleSharp's table parsing is quadratic in the depth (foster parenting walks the open elements), ~7 s on this
    /// machine. The per-document time limit turns that into a clear error.
    /// </summary>
    [Fact]
    public void A_page_too_slow_to_parse_is_refused_at_the_time_limit_with_a_reason()
    {
        var page =
            "<html><body><table><tr><td>总计</td>"
            + string.Concat(Enumerable.Repeat("<ul><li>", 16_000))
            + "</tr></table></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<DocumentReadException>(() =>
            ReportIngest.Ingestion.DocumentProcessor.Default.Process(
                new SourceDocument("slow.html", System.Text.Encoding.UTF8.GetBytes(page)),
                TimeSpan.FromSeconds(1)
            )
        );

        Assert.Contains("per-document time limit", error.Message);
        Assert.True(error.TimedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("gen_14_gov2021_rects_fault.pdf")]
    [InlineData("gen_15_gov2021_stream_clean.pdf")]
    public void The_inflate_bomb_mutation_gives_a_real_PDF_a_page_that_is_refused(string file)
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "generated", file));
        var bomb = Mutations.All.Single(m => m.Name == "pdf-inflate-bomb").Apply(pdf, pdf, new Random(1));

        Assert.True(bomb.Length > pdf.Length, "the update was appended");
        var error = Assert.Throws<DocumentReadException>(() =>
            DocumentReaders.Default.Read(new SourceDocument(file, bomb))
        );
        Assert.Contains("inflates to more than 256 MB", error.Message);
    }

    [Fact]
    public void A_DOCX_whose_XML_declares_an_entity_bomb_is_refused_without_expanding_it()
    {
        var docx = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "generated", "gen_19_gov2021_tracked_clean.docx"));
        using var stream = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(docx)))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in input.Entries)
            {
                using var write = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "word/document.xml")
                    write.Write(Mutations.BillionLaughs);
                else
                    entry.Open().CopyTo(write);
            }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<DocumentReadException>(() =>
            DocumentReaders.Default.Read(new SourceDocument("bomb.docx", stream.ToArray()))
        );

        Assert.Contains("DTD", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000_000, "the entities were not expanded");
    }
}
