using System.CommandLine;
using ReportIngest.Checking;
using ReportIngest.Crawling;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>ingest PATH...</c>: parse, store and check documents; a progress line on a terminal, a summary at the end.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (searched recursively; *.truth.json ground-truth files are skipped). The format is detected from content.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds one document may take to read before it is refused", DefaultValueFactory = _ => IngestRunner.DefaultTimeLimit.TotalSeconds };
        var crawled = new Option<bool>("--crawled") { Description = "Also ingest what crawls fetched without --ingest (from the raw store), each with its URL as source_url" };
        var raw = new Option<string?>("--raw") { Description = "The crawls' raw store (default: the database's name with .raw)", HelpName = "DIR" };
        var workers = new Option<int>("--workers")
        {
            Description = "Documents parsed in parallel (default: the number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var inProcess = new Option<bool>("--in-process") { Description = "Read documents in this process: starts faster, but a document that crashes its reader (a stack overflow, memory exhausted) ends the whole run" };
        var readerMemory = new Option<int>("--reader-memory")
        {
            Description = "MB of managed memory each reader process may use; a document needing more fails alone",
            DefaultValueFactory = _ => (int)(ReaderProcesses.DefaultMemoryLimitBytes / (1024 * 1024)),
        };
        var command = new Command("ingest", "Parse documents, store their tables as facts (one transaction per document) and check them. Exit 0 when every document was stored, 1 when some failed.");
        command.Arguments.Add(paths);
        command.Options.Add(workers);
        command.Options.Add(timeLimit);
        command.Options.Add(crawled);
        command.Options.Add(raw);
        command.Options.Add(inProcess);
        command.Options.Add(readerMemory);
        command.SetAction(parsed =>
        {
            var database = parsed.GetValue(CommonOptions.Database)!;
            var inputs = parsed.GetValue(paths) ?? [];
            if (inputs.Length == 0 && !parsed.GetValue(crawled))
            {
                Console.Error.WriteLine("error: give files or folders to ingest, or --crawled");
                return ExitCodes.Usage;
            }
            return Run(inputs, database, parsed.GetValue(workers), parsed.GetValue(crawled) ? parsed.GetValue(raw) ?? Path.ChangeExtension(database, ".raw") : null,
                TimeSpan.FromSeconds(Math.Max(1, parsed.GetValue(timeLimit))),
                parsed.GetValue(inProcess) ? null : Math.Max(64, parsed.GetValue(readerMemory)) * 1024L * 1024);
        });
        return command;
    }

    /// <param name="readerMemoryBytes">Read in reader processes with this memory ceiling each; null reads in this process.</param>
    public static int Run(string[] paths, string database, int workers, string? crawledRawStore = null, TimeSpan? timeLimit = null, long? readerMemoryBytes = null)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) Console.Error.WriteLine($"error: no such file or folder: {path}");
            return ExitCodes.Usage;
        }

        using var connection = ReportDatabase.Open(database);
        var progress = new ProgressLine();
        using var readers = readerMemoryBytes is { } memory ? new ReaderProcesses(ReaderProcessCommand.StartInfo, memory) : null;
        IDocumentParser parser = readers is null ? new InProcessParser(DocumentProcessor.Default) : readers;
        var summary = new IngestRunner(parser, Math.Max(1, workers)) { TimeLimit = timeLimit ?? IngestRunner.DefaultTimeLimit }.Run(paths, connection, outcome =>
        {
            if (outcome.Kind == OutcomeKind.Failed) progress.Print($"failed: {outcome.Path}: {outcome.Error}");
            if (outcome.Kind == OutcomeKind.Skipped) progress.Print($"skipped: {outcome.Path}: {outcome.Error}");
            progress.Update(outcome);
        });
        progress.Finish();
        var crawledFailed = 0;
        if (crawledRawStore is not null)
        {
            (var stored, crawledFailed) = new CrawledDocuments(connection, new RawStore(crawledRawStore)).Ingest(new CrawlState(connection).AllWithBodies(), progress.Print);
            Console.WriteLine($"crawled documents: {stored} stored, {crawledFailed} could not be read");
        }

        Console.WriteLine($"{summary.Total} document(s): {summary.Stored} stored, {summary.AlreadyStored} already stored (unchanged), {summary.Failures.Count} failed"
            + (summary.Skipped.Count > 0 ? $"; {summary.Skipped.Count} entr{(summary.Skipped.Count == 1 ? "y" : "ies")} of the folders skipped (not documents)" : ""));
        foreach (var failure in summary.Failures) Console.WriteLine($"  failed  {failure.Path}: {failure.Error}");
        if (summary.WithoutReport.Count > 0) Console.WriteLine($"{summary.WithoutReport.Count} stored document(s) hold no readable report:");
        foreach (var empty in summary.WithoutReport) Console.WriteLine($"  {empty.ParseStatus}  {empty.Path}: {empty.NoReportReason}");
        var crossYear = new DatabaseChecker(connection, ReportChecker.Default).RunCrossYear();
        var bySeverity = summary.FindingsBySeverity;
        Console.WriteLine($"findings in stored documents: {bySeverity["error"]} error(s), {bySeverity["warning"]} warning(s), {bySeverity["info"]} info; " +
                          $"{crossYear} cross-year finding(s) over the whole database");
        Console.WriteLine($"database: {Path.GetFullPath(database)}");
        return summary.Failures.Count > 0 || crawledFailed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }
}
