using System.CommandLine;

namespace ReportIngest.Cli;

/// <summary>Options shared by every command.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file (created if missing)",
        DefaultValueFactory = _ => ReportIngest.Storage.Database.DefaultPath,
        Recursive = true,
        HelpName = "FILE",
    };
}
