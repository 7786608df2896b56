using System.CommandLine;
using ReportIngest.Export;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>export --out DIR</c>: reports, facts and findings as CSV, with a datapackage.json.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write reports.csv, facts.csv, findings.csv and datapackage.json into", Required = true, HelpName = "DIR" };
        var format = new Option<string>("--format") { Description = "Export format (parquet is planned)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var command = new Command("export", "Write the database's reports, facts and findings in the contract's columns.");
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            using var connection = ReportDatabase.Open(parsed.GetValue(CommonOptions.Database)!);
            var folder = parsed.GetValue(output)!;
            var counts = new CsvExporter(connection).Export(folder);
            Console.WriteLine($"wrote {counts.Reports} report(s), {counts.Facts} fact(s), {counts.Findings} finding(s) to {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
