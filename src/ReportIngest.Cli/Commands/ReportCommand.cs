using System.CommandLine;
using ReportIngest.Reporting;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>report --html FILE</c>: one self-contained HTML audit report of the database.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--html")
        {
            Description = "The HTML file to write (self-contained: opens offline in any browser)",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command(
            "report",
            "Write an auditor's report: a summary with charts, a sortable and filterable list of findings, and every report's tables with the cells involved in findings highlighted and their evidence beside."
        );
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var database = parsed.GetValue(CommonOptions.Database)!;
            var path = parsed.GetValue(output)!;
            if (
                Arguments.Refuse(Arguments.OutputFile(path, "--html"), Arguments.MissingDatabase(database)) is
                { } refused
            )
                return refused;
            using var connection = Database.Open(database);
            try
            {
                File.WriteAllText(path, new AuditReport(connection).Render());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Arguments.CannotWrite(path, e);
            }
            Console.WriteLine($"wrote {Path.GetFullPath(path)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
