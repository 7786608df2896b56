using System.CommandLine;
using System.Globalization;
using ReportIngest.Checking;
using ReportIngest.Evaluation;
using ReportIngest.Export;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// <c>eval PATH...</c>: ingest into a fresh database, export, and score every document that has a
/// <c>*.truth.json</c> beside it. The last line is the summary.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Documents or folders with *.truth.json files beside the documents",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Also keep the evaluation database and CSV exports in this folder",
            HelpName = "DIR",
        };
        var verbose = new Option<bool>("--verbose") { Description = "List every missed cell and finding" };
        var grouped = new Option<bool>("--matrix")
        {
            Description =
                "Also print a table per group of documents, the group being the part of the name before \"--\" (the generator's --matrix and --combinations names: variation.format)",
        };
        var pipeline = new IngestOptions();
        var command = new Command(
            "eval",
            "Score extraction and checking against ground truth: cells right/scored per document, truth errors found as filer errors, false filer errors."
        );
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(verbose);
        command.Options.Add(grouped);
        pipeline.AddTo(command);
        command.SetAction(parsed =>
            Run(
                parsed.GetValue(paths)!,
                parsed.GetValue(output),
                parsed.GetValue(verbose),
                parsed.GetValue(grouped),
                pipeline.Read(parsed)
            )
        );
        return command;
    }

    public static int Run(string[] paths, string? outFolder, bool verbose, bool matrix, IngestSettings settings)
    {
        if (
            Arguments.Refuse(
                Arguments.MissingInput(paths),
                outFolder is null ? null : Arguments.OutputFolder(outFolder, "--out")
            ) is
            { } refused
        )
            return refused;
        var folder = outFolder ?? Path.Combine(Path.GetTempPath(), $"reportingest-eval-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "eval.db");
        if (File.Exists(database))
            File.Delete(database);

        var files = InputFiles.Expand(paths).Where(f => f.SkipReason is null).Select(f => f.Path).ToList();
        using var connection = Database.Open(database);
        IngestSummary summary;
        using (var pipeline = settings.Build())
            summary = pipeline.Runner.Run(files, connection);
        // as ingest does: reports pair with each other
        new DatabaseChecker(connection, ReportChecker.Default).RunCrossYear();
        new CsvExporter(connection).Export(folder);
        var queries = new ReportQueries(connection);

        var scores = new List<DocumentScore>();
        foreach (var file in files.Where(f => File.Exists(f + ".truth.json")))
        {
            var truth = TruthFile.Load(file + ".truth.json");
            var sha = ReportIngest.Documents.SourceDocument.FromFile(file).Sha256;
            var report = queries.FindReport(sha);
            var facts = report is null ? [] : queries.Facts(report.ReportId).ToList();
            var findings = report is null ? [] : queries.Findings(report.ReportId).ToList();
            var score = TruthScorer.Score(truth, report, facts, findings);
            scores.Add(score);
            var failure = summary.Failures.FirstOrDefault(f => f.Path == file);
            Print(score, failure?.Error, verbose);
        }

        if (outFolder is null)
        {
            connection.Close();
            Directory.Delete(folder, recursive: true);
        }
        if (matrix)
            PrintMatrix(scores);
        var right = scores.Sum(s => s.CellsRight);
        var scored = scores.Sum(s => s.CellsScored);
        Console.WriteLine(
            $"summary: {scores.Count} document(s), cells {right}/{scored} ({Percent(right, scored)}), wrong values {scores.Sum(s => s.WrongValues.Count)}, "
                + $"truth errors found {scores.Sum(s => s.ErrorsFound)}/{scores.Sum(s => s.ErrorsFound + s.ErrorsMissed.Count)}, "
                + $"false filer errors {scores.Sum(s => s.FalseFilerErrors.Count)}, "
                + $"truth warnings found {scores.Sum(s => s.WarningsFound)}/{scores.Sum(s => s.WarningsFound + s.WarningsMissed.Count)}, "
                + $"false filer warnings {scores.Sum(s => s.FalseFilerWarnings.Count)}, "
                + $"metadata {scores.Sum(s => s.MetadataRight)}/{scores.Sum(s => s.MetadataScored)}"
        );
        return ExitCodes.Ok;
    }

    /// <summary>One line per group (the name before "--"): documents, cells, wrong values, filer-error recall and
    /// precision.</summary>
    private static void PrintMatrix(List<DocumentScore> scores)
    {
        Console.WriteLine(
            $"{"group", -34} {"docs", 5} {"cells right", 18} {"wrong", 6} {"recall", 14} {"precision", 14}"
        );
        foreach (
            var group in scores
                .GroupBy(s =>
                    s.Document.Contains("--", StringComparison.Ordinal)
                        ? s.Document[..s.Document.IndexOf("--", StringComparison.Ordinal)]
                        : "(other)"
                )
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            var (right, scored) = (group.Sum(s => s.CellsRight), group.Sum(s => s.CellsScored));
            var found = group.Sum(s => s.ErrorsFound);
            var truth = found + group.Sum(s => s.ErrorsMissed.Count);
            var raised = found + group.Sum(s => s.FalseFilerErrors.Count);
            Console.WriteLine(
                $"{group.Key, -34} {group.Count(), 5} {$"{right}/{scored} {Percent(right, scored)}", 18} {group.Sum(s => s.WrongValues.Count), 6} "
                    + $"{$"{found}/{truth} {Percent(found, truth)}", 14} {$"{found}/{raised} {Percent(found, raised)}", 14}"
            );
        }
    }

    private static void Print(DocumentScore score, string? ingestError, bool verbose)
    {
        Console.WriteLine(
            $"{score.Document}: cells {score.CellsRight}/{score.CellsScored} ({Percent(score.CellsRight, score.CellsScored)}), wrong values {score.WrongValues.Count}, "
                + $"errors found {score.ErrorsFound}/{score.ErrorsFound + score.ErrorsMissed.Count}, false filer errors {score.FalseFilerErrors.Count}, "
                + $"warnings found {score.WarningsFound}/{score.WarningsFound + score.WarningsMissed.Count}, false filer warnings {score.FalseFilerWarnings.Count}, "
                + $"metadata {score.MetadataRight}/{score.MetadataScored}"
                + (ingestError is null ? "" : $"; not ingested: {ingestError}")
        );
        var limit = verbose ? int.MaxValue : 5;
        foreach (var miss in score.CellMisses.Take(limit))
            Console.WriteLine($"  miss  {miss}");
        if (score.CellMisses.Count > limit)
            Console.WriteLine($"  … {score.CellMisses.Count - limit} more missed cell(s) (--verbose lists all)");
        foreach (var missed in score.ErrorsMissed)
            Console.WriteLine($"  missed truth error  {missed}");
        foreach (var extra in score.FalseFilerErrors)
            Console.WriteLine($"  false filer error   {extra}");
        foreach (var missed in score.WarningsMissed)
            Console.WriteLine($"  missed truth warning  {missed}");
        foreach (var extra in score.FalseFilerWarnings)
            Console.WriteLine($"  false filer warning   {extra}");
        foreach (var miss in score.MetadataMisses)
            Console.WriteLine($"  metadata miss  {miss}");
    }

    private static string Percent(int right, int scored) =>
        (scored == 0 ? 100.0 : 100.0 * right / scored).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
