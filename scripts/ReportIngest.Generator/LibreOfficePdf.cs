using System.Diagnostics;

namespace ReportIngest.Generator;

/// <summary>
/// PDFs as LibreOffice prints a Word document (another producer than the generator's own PDF writer: its own line
/// breaking, fonts, cell padding and, for a table without borders, no ruling at all). Word documents are collected
/// and converted in one batch at the end (<c>soffice --headless --convert-to pdf</c>), since starting LibreOffice
/// takes seconds; each PDF then replaces its Word document under the name the truth file gives.
/// </summary>
public sealed class LibreOfficePdf
{
    private readonly List<(string Docx, string Pdf)> _pending = [];

    /// <summary>True when <c>soffice</c> is on the PATH (Debian: libreoffice-writer-nogui).</summary>
    public static bool IsAvailable { get; } = FindSoffice() is not null;

    /// <summary>Queues a Word document to be printed to <paramref name="pdfPath"/>.</summary>
    public void Queue(byte[] docx, string pdfPath)
    {
        var docxPath = pdfPath + ".docx";
        File.WriteAllBytes(docxPath, docx);
        _pending.Add((docxPath, pdfPath));
    }

    /// <summary>Prints every queued document, in batches of a few hundred; throws when LibreOffice is missing or
    /// fails.</summary>
    public void ConvertAll()
    {
        if (_pending.Count == 0)
            return;
        var soffice = FindSoffice()
            ?? throw new InvalidOperationException(
                "PDFs printed by LibreOffice need soffice on the PATH (Debian: apt-get install libreoffice-writer-nogui)"
            );
        var work = Path.Combine(Path.GetTempPath(), $"reportingest-lo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            foreach (var batch in _pending.Chunk(200))
            {
                var start = new ProcessStartInfo(soffice)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                foreach (
                    var argument in new[]
                    {
                        $"-env:UserInstallation=file://{work}/profile",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work,
                    }
                )
                    start.ArgumentList.Add(argument);
                foreach (var (docx, _) in batch)
                    start.ArgumentList.Add(docx);
                using var process = Process.Start(start)!;
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                foreach (var (docx, pdf) in batch)
                {
                    var printed = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".pdf");
                    if (!File.Exists(printed))
                        throw new InvalidOperationException($"LibreOffice did not print {docx}");
                    File.Move(printed, pdf, overwrite: true);
                    File.Delete(docx);
                }
            }
            _pending.Clear();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
}
