using System.Diagnostics;

namespace ReportIngest.Tests.Reporting;

/// <summary>Debian's headless Chromium, run as this machine's closed network needs it (no background networking, a
/// fresh profile).</summary>
internal static class Chromium
{
    public static string? Path { get; } =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(
            File.Exists
        );

    /// <summary>Skips the calling test, with the reason, when no browser is installed.</summary>
    public static string Require()
    {
        Skip.If(Path is null, "headless Chromium not found (Debian: apt-get install chromium; .ci/run installs it)");
        return Path!;
    }

    /// <summary>Prints the page <paramref name="html"/> to the PDF <paramref name="pdf"/>, without the browser's header
    /// and footer lines.</summary>
    public static void PrintToPdf(string html, string pdf) =>
        Run(html, $"--print-to-pdf={pdf}", "--no-pdf-header-footer");

    /// <summary>Runs the browser headless on <paramref name="file"/> with extra arguments; returns what it printed and
    /// logged.</summary>
    public static (string Output, string Log) Run(string file, params string[] arguments)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Require()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var argument in new[]
            {
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                $"--user-data-dir={profile.Path}",
                "--enable-logging=stderr",
                "--v=0",
            }.Concat(arguments)
        )
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 60 s");
        }
        return (output.Result, log.Result);
    }
}
