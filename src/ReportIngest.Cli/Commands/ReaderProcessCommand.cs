using System.CommandLine;
using System.Diagnostics;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// <c>reader-process</c> (hidden): the child that <c>ingest</c> reads documents in, one per worker, so that a document
/// that brings its reader down costs only itself. Speaks <see cref="ReaderLoop"/>'s protocol on stdin and stdout.
/// </summary>
public static class ReaderProcessCommand
{
    public const string Name = "reader-process";

    public static Command Create()
    {
        var command = new Command(Name, "A reader child process for ingest (internal).") { Hidden = true };
        command.SetAction(_ => ReaderLoop.Run(DocumentProcessor.Default));
        return command;
    }

    /// <summary>How to start a reader: this program again, with this command.</summary>
    public static ProcessStartInfo StartInfo() => ReaderLaunch.Of(typeof(ReaderProcessCommand).Assembly, Name);
}
