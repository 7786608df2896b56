using System.CommandLine;
using ReportIngest.Crawling;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>ingest PATH...</c>: parse, store and check documents; a progress line on a terminal, a summary at the
/// end.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description =
                "Files or folders (searched recursively; *.truth.json ground-truth files are skipped). The format is detected from content.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var crawled = new Option<bool>("--crawled")
        {
            Description =
                "Also ingest what crawls fetched without --ingest (from the raw store), each with its URL as source_url",
        };
        var raw = new Option<string?>("--raw")
        {
            Description = "The crawls' raw store (default: the database's name with .raw)",
            HelpName = "DIR",
        };
        var pipeline = new IngestOptions();
        var command = new Command(
            "ingest",
            "Parse documents, store their tables as facts (one transaction per document) and check them. Exit 0 when every document was stored, 1 when some failed."
        );
        command.Arguments.Add(paths);
        command.Options.Add(crawled);
        command.Options.Add(raw);
        pipeline.AddTo(command);
        command.SetAction(parsed =>
        {
            var database = parsed.GetValue(CommonOptions.Database)!;
            var inputs = parsed.GetValue(paths) ?? [];
            if (inputs.Length == 0 && !parsed.GetValue(crawled))
            {
                Console.Error.WriteLine("error: give files or folders to ingest, or --crawled");
                return ExitCodes.Usage;
            }
            return Run(
                inputs,
                database,
                pipeline.Read(parsed),
                parsed.GetValue(crawled) ? parsed.GetValue(raw) ?? Path.ChangeExtension(database, ".raw") : null
            );
        });
        return command;
    }

    /// <param name="crawledRawStore">Also ingest every body the crawls fetched into this raw store; null for
    /// none.</param>
    public static int Run(string[] paths, string database, IngestSettings settings, string? crawledRawStore = null)
    {
        if (Arguments.Refuse(Arguments.MissingInput(paths)) is { } refused)
            return refused;

        using var connection = Database.Open(database);
        var inputs = IngestInputs.FromPaths(paths);
        if (crawledRawStore is not null)
            inputs = inputs.Concat(
                IngestInputs.FromCrawl(new CrawlState(connection).AllWithBodies(), new RawStore(crawledRawStore))
            );
        var progress = new ProgressLine();
        using var pipeline = settings.Build();
        var summary = pipeline.Runner.Run(inputs, connection, outcome =>
        {
            if (outcome.Kind == OutcomeKind.Failed)
                progress.Print($"failed: {outcome.Path}: {outcome.Error}");
            if (outcome.Kind == OutcomeKind.Skipped)
                progress.Print($"skipped: {outcome.Path}: {outcome.Error}");
            progress.Update(outcome);
        });
        progress.Finish();
        IngestReport.Finish(summary, connection);
        Console.WriteLine($"database: {Path.GetFullPath(database)}");
        return summary.Failures.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }
}
