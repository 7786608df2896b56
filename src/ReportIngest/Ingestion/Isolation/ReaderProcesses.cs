using System.Collections.Concurrent;
using System.Diagnostics;
using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>
/// Reads documents in child processes, each with a ceiling on its managed heap (<c>DOTNET_GCHeapHardLimit</c>) and
/// killed at the time limit. A document that overflows the stack, exhausts its reader's memory or runs out of time
/// costs only itself: it fails with the reason, and its reader is replaced. Readers are started as needed, at most
/// one per concurrent caller, and reused.
/// </summary>
public sealed class ReaderProcesses(Func<ProcessStartInfo> startInfo, long memoryLimitBytes)
    : IDocumentParser,
        IDisposable
{
    /// <summary>Default ceiling of one reader's managed heap.</summary>
    public const long DefaultMemoryLimitBytes = 768L * 1024 * 1024;

    private readonly ConcurrentBag<ReaderProcess> _idle = [];
    private readonly ConcurrentDictionary<ReaderProcess, byte> _all = new();

    /// <summary>How many reader processes were started in all (replacements included).</summary>
    public int Started => _started;
    private int _started;

    public ProcessedDocument Parse(SourceDocument source, TimeSpan limit)
    {
        if (!_idle.TryTake(out var reader))
            reader = Start();
        var kept = false;
        try
        {
            var result = reader.Read(source, limit);
            kept = true;
            return result;
        }
        catch (DocumentReadException e) when (!e.TimedOut && !e.Died)
        {
            kept = true; // the reader answered: it is fine
            throw;
        }
        finally
        {
            if (kept)
                _idle.Add(reader);
            else
                Retire(reader);
        }
    }

    private ReaderProcess Start()
    {
        var info = startInfo();
        info.Environment["DOTNET_GCHeapHardLimit"] = $"0x{memoryLimitBytes:X}";
        var reader = new ReaderProcess(info);
        _all[reader] = 0;
        Interlocked.Increment(ref _started);
        return reader;
    }

    private void Retire(ReaderProcess reader)
    {
        _all.TryRemove(reader, out _);
        reader.Dispose();
    }

    public void Dispose()
    {
        foreach (var reader in _all.Keys)
            reader.Dispose();
        _all.Clear();
    }
}
