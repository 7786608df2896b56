using System.Diagnostics;
using System.Reflection;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>How to start a reader: a program that runs <see cref="ReaderLoop"/> when given a command, started again
/// through the same host (the dotnet driver, or its apphost).</summary>
public static class ReaderLaunch
{
    public static ProcessStartInfo Of(Assembly program, string command)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            info.ArgumentList.Add(program.Location);
        info.ArgumentList.Add(command);
        return info;
    }
}
