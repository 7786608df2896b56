using System.CommandLine;
using ReportIngest.Export;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>export --out DIR</c>: reports, facts and findings as CSV, with a datapackage.json.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the export and its datapackage.json into",
            Required = true,
            HelpName = "DIR",
        };
        var format = new Option<string>("--format")
        {
            Description = "csv (RFC 4180, UTF-8) or parquet (typed columns: INT64, DECIMAL(28,12), UTF-8 strings)",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var partition = new Option<string?>("--partition")
        {
            Description = "With parquet: 'year' writes each table as year=YYYY/part-0.parquet folders",
        };
        partition.AcceptOnlyFromAmong("year");
        var wide = new Option<string[]>("--wide")
        {
            Description =
                $"Also write a wide CSV of a table: one row per report, one column per cell key ({string.Join(", ", WideExporter.Tables)}); repeatable",
            AllowMultipleArgumentsPerToken = true,
        };
        wide.AcceptOnlyFromAmong([.. WideExporter.Tables]);
        var command = new Command(
            "export",
            "Write the database's reports, facts and findings in the contract's columns, a data dictionary of every cell key, and datapackage.json (Frictionless) describing them."
        );
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(partition);
        command.Options.Add(wide);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(partition) is not null && parsed.GetValue(format) != "parquet")
            {
                Console.Error.WriteLine("error: --partition needs --format parquet");
                return ExitCodes.Usage;
            }
            var database = parsed.GetValue(CommonOptions.Database)!;
            var folder = parsed.GetValue(output)!;
            if (
                Arguments.Refuse(Arguments.OutputFolder(folder, "--out"), Arguments.MissingDatabase(database)) is
                { } refused
            )
                return refused;
            using var connection = Database.Open(database);
            var options = new ExportOptions(parsed.GetValue(format)!, parsed.GetValue(partition) == "year")
            {
                WideTables = [.. (parsed.GetValue(wide) ?? []).Distinct()],
            };
            ExportCounts counts;
            try
            {
                counts = Exporter.Export(connection, folder, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Arguments.CannotWrite(folder, e);
            }
            Console.WriteLine(
                $"wrote {counts.Reports} report(s), {counts.Facts} fact(s), {counts.Findings} finding(s) as {options.Format} to {Path.GetFullPath(folder)}"
                    + $" ({counts.Written.Sum(w => w.Paths.Count)} file(s) and datapackage.json)"
            );
            return ExitCodes.Ok;
        });
        return command;
    }
}
