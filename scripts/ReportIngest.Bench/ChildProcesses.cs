using System.Diagnostics;

namespace ReportIngest.Bench;

/// <summary>
/// The CPU time of this process's live children (the reader processes), which the process's own figure leaves out.
/// Read from /proc; where there is none it is zero.
/// </summary>
internal static class ChildProcesses
{
    public static TimeSpan ProcessorTime()
    {
        var total = TimeSpan.Zero;
        foreach (var id in ChildIds())
        {
            try
            {
                using var child = Process.GetProcessById(id);
                total += child.TotalProcessorTime;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // it ended between the listing and the reading: its time is gone with it
            }
        }
        return total;
    }

    private static IEnumerable<int> ChildIds()
    {
        var tasks = $"/proc/{Environment.ProcessId}/task";
        if (!Directory.Exists(tasks))
            return [];
        return Directory
            .EnumerateDirectories(tasks)
            .Select(task => Path.Combine(task, "children"))
            .Where(File.Exists)
            .SelectMany(file => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .Distinct();
    }
}
