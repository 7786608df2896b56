using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ReportIngest.Tests.Architecture;

/// <summary>
/// Which folder may use which: a document flows Readers → Extraction → Checking, and Ingestion (the application
/// layer) drives it into Storage. Readers know nothing of extraction, checking or storage; the checker knows nothing
/// of storage, readers, crawling or SQL; no folder depends on one that depends on it.
/// </summary>
public class DependencyTests
{
    private static readonly ArchUnitNET.Domain.Architecture Program = new ArchLoader()
        .LoadAssemblies(
            typeof(ReportIngest.Checking.Finding).Assembly,
            typeof(ReportIngest.Cli.Commands.IngestCommand).Assembly
        )
        .Build();

    [Fact]
    public void Readers_know_nothing_of_extraction_checking_storage_or_the_run() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Readers")
            .Should()
            .NotDependOnAny(
                Layers(
                    "Extraction",
                    "Checking",
                    "Storage",
                    "Ingestion",
                    "Crawling",
                    "Export",
                    "Reporting",
                    "Evaluation"
                )
            )
            .Check(Program);

    [Fact]
    public void The_checker_sees_the_extracted_model_only() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Checking")
            .Should()
            .NotDependOnAny(Layers("Storage", "Readers", "Ingestion", "Crawling", "Export", "Reporting", "Evaluation"))
            .AndShould()
            .NotDependOnAny(
                Types().That().ResideInNamespaceOrBelow("Microsoft.Data.Sqlite").Or().ResideInNamespaceOrBelow("Dapper")
            )
            .Check(Program);

    [Fact]
    public void Extraction_reads_documents_not_files_and_stores_nothing() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Extraction")
            .Should()
            .NotDependOnAny(
                Layers("Readers", "Checking", "Storage", "Ingestion", "Crawling", "Export", "Reporting", "Evaluation")
            )
            .Check(Program);

    [Fact]
    public void Text_templates_and_the_words_of_evidence_are_the_ground_floor() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Text")
            .Or()
            .ResideInNamespaceOrBelow("ReportIngest.Templates")
            .Or()
            .ResideInNamespaceOrBelow("ReportIngest.Evidence")
            .Should()
            .NotDependOnAny(
                Layers(
                    "Readers",
                    "Extraction",
                    "Checking",
                    "Storage",
                    "Ingestion",
                    "Crawling",
                    "Export",
                    "Reporting",
                    "Evaluation"
                )
            )
            .Check(Program);

    [Fact]
    public void Storage_does_not_drive_the_run() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Storage")
            .Should()
            .NotDependOnAny(Layers("Readers", "Ingestion", "Crawling", "Export", "Reporting", "Evaluation"))
            .Check(Program);

    [Fact]
    public void The_crawler_fetches_and_records_but_reads_no_report() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Crawling")
            .Should()
            .NotDependOnAny(
                Layers("Readers", "Extraction", "Checking", "Ingestion", "Export", "Reporting", "Evaluation")
            )
            .Check(Program);

    [Fact]
    public void The_command_line_writes_no_SQL() =>
        Types()
            .That()
            .ResideInNamespaceOrBelow("ReportIngest.Cli")
            .Should()
            .NotDependOnAny(Types().That().ResideInNamespaceOrBelow("Dapper"))
            .Check(Program);

    [Fact]
    public void No_folder_depends_on_one_that_depends_on_it()
    {
        var uses = Program
            .Types.Where(t => Folder(t) is not null)
            .SelectMany(t => t.Dependencies.Select(d => (From: Folder(t)!, To: Folder(d.Target))))
            .Where(d => d.To is not null && d.To != d.From)
            .GroupBy(d => d.From)
            .ToDictionary(g => g.Key, g => g.Select(d => d.To!).ToHashSet());

        var cycles = uses.Keys.Select(folder => PathBack(folder, uses)).OfType<string>().ToList();
        Assert.True(cycles.Count == 0, $"folders that depend on each other:\n{string.Join("\n", cycles)}");
    }

    /// <summary>The top folder of a type of this program ("Readers" for ReportIngest.Readers.Pdf.StreamTables), else
    /// null.</summary>
    private static string? Folder(IType type) =>
        type.Namespace?.FullName?.Split('.') is ["ReportIngest", var folder, ..] ? folder : null;

    /// <summary>A chain of uses from <paramref name="start"/> that leads back to it, as "A -> B -> A"; null when there
    /// is none.</summary>
    private static string? PathBack(string start, Dictionary<string, HashSet<string>> uses)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var folder))
            foreach (var next in uses.GetValueOrDefault(folder) ?? [])
            {
                if (next == start)
                {
                    var chain = new List<string> { folder };
                    while (chain[^1] != start)
                        chain.Add(cameFrom[chain[^1]]);
                    chain.Reverse();
                    return string.Join(" -> ", chain.Append(start));
                }
                if (cameFrom.TryAdd(next, folder))
                    queue.Enqueue(next);
            }
        return null;
    }

    private static IObjectProvider<IType> Layers(params string[] folders) =>
        folders
            .Skip(1)
            .Aggregate(Types().That().ResideInNamespaceOrBelow($"ReportIngest.{folders[0]}"), (all, folder) =>
                all.Or().ResideInNamespaceOrBelow($"ReportIngest.{folder}")
            );
}
