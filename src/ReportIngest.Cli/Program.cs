using System.CommandLine;
using ReportIngest.Cli.Commands;

namespace ReportIngest.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand(
            "ReportIngest: turns published government reports (政府信息公开工作年度报告) into traceable data and flags filings whose figures do not reconcile."
        );
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ReadCommand.Create());
        root.Subcommands.Add(CrawlCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ReaderProcessCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'reportingest --help' (or 'reportingest COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }
}
