using ReportIngest.Cli.Commands;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;

namespace ReportIngest.Cli;

/// <summary>An <see cref="IngestRunner"/> and the reader processes it reads in.</summary>
public sealed class IngestPipeline : IDisposable
{
    private readonly ReaderProcesses? _readers;

    public IngestPipeline(IngestSettings settings)
    {
        _readers = settings.ReaderMemoryBytes is { } memory
            ? new ReaderProcesses(ReaderProcessCommand.StartInfo, memory)
            : null;
        IDocumentParser parser = _readers is null ? new InProcessParser(DocumentProcessor.Default) : _readers;
        Runner = new IngestRunner(parser, settings.Workers) { TimeLimit = settings.TimeLimit };
    }

    public IngestRunner Runner { get; }

    public void Dispose() => _readers?.Dispose();
}
