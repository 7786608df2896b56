using System.Diagnostics;

namespace ReportIngest.Tests.Reporting;

/// <summary>LibreOffice printing web pages to PDF as its web writer does (<c>soffice --convert-to
/// pdf:writer_web_pdf_Export</c>).</summary>
internal static class LibreOfficeWebPrint
{
    public static string? Path { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator)
            .Select(dir => System.IO.Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test, with the reason, when LibreOffice is not installed.</summary>
    public static void Require() =>
        Skip.If(
            Path is null,
            "LibreOffice (soffice) is not on the PATH (Debian: apt-get install libreoffice-writer-nogui; .ci/run installs it)"
        );

    /// <summary>Prints the page <paramref name="html"/> to the PDF <paramref name="pdf"/>.</summary>
    public static void PrintToPdf(string html, string pdf)
    {
        Require();
        using var work = new TempFolder();
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var argument in new[]
            {
                $"-env:UserInstallation=file://{work.Path}/profile",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_web_pdf_Export",
                "--outdir",
                work.Path,
                html,
            }
        )
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var log = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var printed = System.IO.Path.Combine(work.Path, System.IO.Path.GetFileNameWithoutExtension(html) + ".pdf");
        if (!File.Exists(printed))
            throw new InvalidOperationException($"LibreOffice did not print {html}: {log}");
        File.Move(printed, pdf, overwrite: true);
    }
}
