using Microsoft.Data.Sqlite;

namespace ReportIngest.Fuzz;

/// <summary>Tallies per format and mutation: how many documents were tried and what became of them.</summary>
public sealed class FuzzSummary
{
    public SortedDictionary<string, SortedDictionary<FuzzResult, int>> ByFormat { get; } = [];
    public SortedDictionary<string, int> ByMutation { get; } = [];
    public List<(string Format, string Mutation, string Seed, FuzzOutcome Outcome, string? Saved)> Findings { get; } =
    [];

    public int Tried => ByFormat.Values.Sum(r => r.Values.Sum());

    public int Count(FuzzResult result) => ByFormat.Values.Sum(r => r.GetValueOrDefault(result));

    public void Add(string format, string mutation, FuzzResult result)
    {
        if (!ByFormat.TryGetValue(format, out var results))
            ByFormat[format] = results = [];
        results[result] = results.GetValueOrDefault(result) + 1;
        ByMutation[mutation] = ByMutation.GetValueOrDefault(mutation) + 1;
    }
}

/// <summary>
/// Mutates the project's own documents (the seed report and the generated corpus: Markdown, text, HTML, PDF, DOCX) and
/// runs each mutant through ingestion; crashes, hangs, memory blow-ups and partial reports are findings, saved with
/// the seed and mutation that made them so each can become a regression test.
/// </summary>
public static class Fuzzer
{
    public static FuzzSummary Run(
        IReadOnlyList<string> seedFiles,
        int count,
        int seed,
        SqliteConnection connection,
        string? findingsFolder,
        TimeSpan? timeLimit = null,
        long allocationLimit = 2L * 1024 * 1024 * 1024,
        Action<int, FuzzSummary>? progress = null
    )
    {
        var seeds = seedFiles
            .Select(f =>
                (Path: f, Format: Path.GetExtension(f).TrimStart('.').ToLowerInvariant(), Bytes: File.ReadAllBytes(f))
            )
            .ToList();
        var random = new Random(seed);
        var runner = new FuzzRunner(
            connection,
            timeLimit ?? ReportIngest.Ingestion.IngestRunner.DefaultTimeLimit,
            allocationLimit
        );
        var summary = new FuzzSummary();
        for (var i = 0; i < count; i++)
        {
            var (path, format, bytes) = seeds[random.Next(seeds.Count)];
            var mutations = Mutations.All.Where(m => m.AppliesTo(format)).ToList();
            var mutation = mutations[random.Next(mutations.Count)];
            var other = seeds[random.Next(seeds.Count)].Bytes;
            var mutant = mutation.Apply(bytes, other, random);
            var outcome = runner.Attempt($"fuzz-{i:D6}.{format}", mutant);
            summary.Add(format, mutation.Name, outcome.Result);
            if (outcome.Result is not (FuzzResult.Stored or FuzzResult.Rejected))
            {
                string? saved = null;
                if (findingsFolder is not null)
                {
                    Directory.CreateDirectory(findingsFolder);
                    saved = Path.Combine(
                        findingsFolder,
                        $"{outcome.Result.ToString().ToLowerInvariant()}-{i:D6}-{mutation.Name}-{Path.GetFileName(path)}"
                    );
                    File.WriteAllBytes(saved, mutant);
                }
                summary.Findings.Add((format, mutation.Name, Path.GetFileName(path), outcome, saved));
            }
            progress?.Invoke(i + 1, summary);
        }
        return summary;
    }

    /// <summary>The seed documents: the project's corpus (its own documents only, never ../shared).</summary>
    public static IReadOnlyList<string> Seeds(string corpus) =>
        [
            .. Directory
                .EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal))
                .Order(),
        ];
}
