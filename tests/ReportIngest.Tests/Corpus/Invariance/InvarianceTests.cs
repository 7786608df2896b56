using System.Collections.Concurrent;
using System.Text;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Readers;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// Metamorphic tests on every real document of ../shared/corpus and every document of corpus/: a transformation the
/// real world applies to reports (headings lost or garbled, Traditional characters, a 小计 column, spaced labels,
/// other quotes and brackets, full-width digits, a header repeated down its table, wrapped lines and page numbers)
/// must not change one stored cell —
/// same cells, same values, same statuses, same units, same template versions.
/// </summary>
public class InvarianceTests
{
    private const string SharedAbsent = "(../shared/corpus absent)";

    /// <summary>Every document: <c>shared:real/…</c>, <c>shared:rendered/…</c>, <c>corpus:…</c>.</summary>
    private static IEnumerable<string> Documents()
    {
        IEnumerable<string> Under(string prefix, string root, params string[] folders) =>
            folders
                .Select(f => Path.Combine(root, f))
                .Where(Directory.Exists)
                .SelectMany(Directory.EnumerateFiles)
                .Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal))
                .Select(f => prefix + Path.GetRelativePath(root, f))
                .Order(StringComparer.Ordinal);
        var shared = Under("shared:", TestPaths.SharedCorpus, "real", "rendered").ToList();
        return (shared.Count > 0 ? shared : [SharedAbsent]).Concat(
            Under("corpus:", TestPaths.Corpus, ".", "generated")
        );
    }

    public static TheoryData<string, string> DocumentCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var document in Documents())
        foreach (var transform in DocumentTransforms.All.Keys)
            cases.Add(document, transform);
        return cases;
    }

    public static TheoryData<string, string> SourceCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var document in Documents())
        foreach (var (transform, (extensions, _)) in SourceTransforms.All)
            if (document == SharedAbsent || extensions.Contains(Path.GetExtension(document)))
                cases.Add(document, transform);
        return cases;
    }

    [SkippableTheory]
    [MemberData(nameof(DocumentCases))]
    public void A_transformed_document_stores_the_same_cells(string document, string transform)
    {
        var (source, read) = Load(document);
        var original = ReportExtractor.Default.Extract(read);
        var transformed = DocumentTransforms.All[transform](read);
        Skip.If(
            transformed is null && transform == "subtotal-column" && original.Facts.Any(f => f.Table == "s3"),
            $"{source.Name}: no grid row heads the organisation columns (商业企业 … 其他) as cells of their own, so there is no place to insert 小计 (coverage of this transformation is asserted separately)"
        );
        Assert.True(
            transformed is not null || original.Facts.Count == 0,
            $"{transform} found nothing to transform in a report with cells"
        );
        if (transformed is null)
            return;
        AssertSameCells(original, ReportExtractor.Default.Extract(transformed), $"{source.Name} {transform}");
    }

    [SkippableTheory]
    [MemberData(nameof(SourceCases))]
    public void A_transformed_source_stores_the_same_cells(string document, string transform)
    {
        var (source, read) = Load(document);
        var changed = SourceTransforms.All[transform].Apply(TextDecoder.Decode(source.Bytes).Text);
        var transformed = DocumentReaders.Default.Read(
            new SourceDocument(source.Name, Encoding.UTF8.GetBytes(changed))
        );
        AssertSameCells(
            ReportExtractor.Default.Extract(read),
            ReportExtractor.Default.Extract(transformed),
            $"{source.Name} {transform}"
        );
    }

    [SkippableFact]
    public void The_subtotal_column_is_inserted_in_nearly_every_document_with_table_three()
    {
        var withTableThree = Documents()
            .Where(d => d != SharedAbsent)
            .Select(Load)
            .Where(d => ReportExtractor.Default.Extract(d.Read).Facts.Any(f => f.Table == "s3"))
            .ToList();
        var inserted = withTableThree.Count(d => SubtotalColumn.Insert(d.Read) is not null);
        Assert.True(
            inserted >= withTableThree.Count * 9 / 10,
            $"小计 inserted in {inserted} of {withTableThree.Count} documents with table 三"
        );
    }

    private static void AssertSameCells(ExtractedReport original, ExtractedReport transformed, string what)
    {
        Assert.Equal(original.TableVersions.OrderBy(t => t.Key), transformed.TableVersions.OrderBy(t => t.Key));
        var before = Cells(original);
        var after = Cells(transformed);
        var differences = before
            .Keys.Union(after.Keys)
            .Order(StringComparer.Ordinal)
            .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || b != a)
            .Select(k => $"{k}: {Show(before, k)} → {Show(after, k)}")
            .ToList();
        Assert.True(
            differences.Count == 0,
            $"{what}: {differences.Count} cells changed, e.g. {string.Join("; ", differences.Take(8))}"
        );
    }

    private static string Show(Dictionary<string, (decimal?, string, string?)> cells, string key) =>
        cells.TryGetValue(key, out var c)
            ? $"{c.Item1?.ToString() ?? "-"} {c.Item2}{(c.Item3 is null ? "" : " " + c.Item3)}"
            : "missing";

    /// <summary>The template cells (extra columns are the transformation's own) as value, status and unit.</summary>
    private static Dictionary<string, (decimal?, string, string?)> Cells(ExtractedReport report) =>
        report
            .Facts.Where(f =>
                !report.TableVersions.TryGetValue(f.Table, out var v)
                || TemplateCatalog.Get(v).Table(f.Table)?.IsExtraColumn(f.Col) != true
            )
            .ToDictionary(f => f.Key, f => (f.Value, f.Status.ToString(), f.Unit));

    private static readonly ConcurrentDictionary<string, (SourceDocument, Document)> Loaded = new();

    private static (SourceDocument Source, Document Read) Load(string document)
    {
        Skip.If(
            document == SharedAbsent,
            $"shared corpus not found at {TestPaths.SharedCorpus} (it sits beside the checkout as ../shared; a fresh clone has none)"
        );
        return Loaded.GetOrAdd(document, d =>
        {
            var path = d.StartsWith("shared:", StringComparison.Ordinal)
                ? Path.Combine(TestPaths.SharedCorpus, d["shared:".Length..])
                : Path.Combine(TestPaths.Corpus, d["corpus:".Length..]);
            var source = SourceDocument.FromFile(path);
            return (source, DocumentReaders.Default.Read(source));
        });
    }
}
