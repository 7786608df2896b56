using System.Diagnostics;
using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>One reader child process: a document in, its reading out; killed when it overruns, reported when it
/// dies.</summary>
internal sealed class ReaderProcess : IDisposable
{
    private const int StderrLinesKept = 5;

    private readonly Process _process;
    private readonly BinaryWriter _input;
    private readonly BinaryReader _output;
    private readonly Queue<string> _stderr = new();

    public ReaderProcess(ProcessStartInfo info)
    {
        info.RedirectStandardInput = info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        _process = Process.Start(info)
            ?? throw new InvalidOperationException($"cannot start a reader process ({info.FileName})");
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not { } text)
                return;
            lock (_stderr)
            {
                _stderr.Enqueue(text);
                if (_stderr.Count > StderrLinesKept)
                    _stderr.Dequeue();
            }
        };
        _process.BeginErrorReadLine();
        // buffered: a pipe read or written a few bytes at a time costs a system call (and a wake-up) each
        _input = new BinaryWriter(new BufferedStream(_process.StandardInput.BaseStream, ReaderMessages.BufferBytes));
        _output = new BinaryReader(new BufferedStream(_process.StandardOutput.BaseStream, ReaderMessages.BufferBytes));
    }

    /// <exception cref="DocumentReadException">Not readable; or the reader overran the time limit or died (then it must
    /// be retired).</exception>
    public ProcessedDocument Read(SourceDocument source, TimeSpan limit)
    {
        var answer = Task.Run(() =>
        {
            ReaderMessages.WriteDocument(_input, source);
            return ReaderMessages.ReadResult(_output, source);
        });
        try
        {
            if (!answer.Wait(limit))
            {
                Kill();
                throw new DocumentReadException(
                    $"reading took longer than {limit.TotalSeconds:0.#} s, the per-document time limit: refused (its reader process was stopped)"
                )
                {
                    TimedOut = true,
                };
            }
            return answer.Result;
        }
        catch (AggregateException e) when (e.InnerException is DocumentReadException read)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(read);
            throw;
        }
        catch (AggregateException e) when (e.InnerException is EndOfStreamException or IOException)
        {
            throw new DocumentReadException($"its reader process died while reading it ({Death()}): refused")
            {
                Died = true,
            };
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    /// <summary>How the process ended, as far as can be told: its exit code and its last words on stderr.</summary>
    private string Death()
    {
        if (!_process.WaitForExit(5_000))
            Kill();
        var code = _process.HasExited ? _process.ExitCode : -1;
        var kind = code switch
        {
            134 => "aborted: a stack overflow or a fatal runtime error",
            137 => "killed: out of memory",
            _ => $"exit code {code}",
        };
        string last;
        lock (_stderr)
            last = _stderr.LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        return last.Length == 0 ? kind : $"{kind}; it said: {(last.Length > 160 ? last[..160] + "…" : last)}";
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public void Dispose()
    {
        try
        {
            _input.Dispose(); // end of input: an idle reader exits on its own
        }
        catch (IOException)
        {
            // its end of the pipe is gone already
        }
        if (!_process.WaitForExit(2_000))
            Kill();
        _process.Dispose();
    }
}
