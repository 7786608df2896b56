using System.CommandLine;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;

namespace ReportIngest.Cli;

/// <summary>The ingestion pipeline's options, the same for <c>ingest</c> and <c>crawl --ingest</c>: workers, time
/// limit, reader processes.</summary>
public sealed class IngestOptions
{
    private readonly Option<int> _workers = new("--workers")
    {
        Description = "Documents parsed in parallel (default: the number of cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<double> _timeLimit = new("--time-limit")
    {
        Description = "Seconds one document may take to read before it is refused",
        DefaultValueFactory = _ => IngestRunner.DefaultTimeLimit.TotalSeconds,
    };

    private readonly Option<bool> _inProcess = new("--in-process")
    {
        Description =
            "Read documents in this process: starts faster, but a document that crashes its reader (a stack overflow, memory exhausted) ends the whole run",
    };

    private readonly Option<int> _readerMemory = new("--reader-memory")
    {
        Description = "MB of managed memory each reader process may use; a document needing more fails alone",
        DefaultValueFactory = _ => (int)(ReaderProcesses.DefaultMemoryLimitBytes / (1024 * 1024)),
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _workers, _timeLimit, _inProcess, _readerMemory })
            command.Options.Add(option);
    }

    public IngestSettings Read(ParseResult parsed) =>
        new(
            Math.Max(1, parsed.GetValue(_workers)),
            TimeSpan.FromSeconds(Math.Max(1, parsed.GetValue(_timeLimit))),
            parsed.GetValue(_inProcess) ? null : Math.Max(64, parsed.GetValue(_readerMemory)) * 1024L * 1024
        );
}
