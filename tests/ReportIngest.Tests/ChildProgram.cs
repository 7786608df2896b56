using System.Diagnostics;
using System.Text;

namespace ReportIngest.Tests;

/// <summary>The reportingest program run as a child process (to kill it, or to run two at once), its output
/// kept.</summary>
internal sealed class ChildProgram : IDisposable
{
    private readonly StringBuilder _output = new();

    private ChildProgram(Process process) => Process = process;

    public Process Process { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static ChildProgram Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportingest.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var child = new ChildProgram(Process.Start(start)!);
        DataReceivedEventHandler keep = (_, e) =>
        {
            if (e.Data is not null)
                lock (child._output)
                    child._output.AppendLine(e.Data);
        };
        child.Process.OutputDataReceived += keep;
        child.Process.ErrorDataReceived += keep;
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Kills the process (SIGKILL) unless it has finished within <paramref name="milliseconds"/>; returns
    /// whether it was killed.</summary>
    public bool KillAfter(int milliseconds)
    {
        if (Process.WaitForExit(milliseconds))
            return false;
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
        return true;
    }

    public void Dispose() => Process.Dispose();
}
