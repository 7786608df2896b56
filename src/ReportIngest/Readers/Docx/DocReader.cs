using System.Diagnostics;
using ReportIngest.Documents;

namespace ReportIngest.Readers.Docx;

/// <summary>
/// Word 97–2003 and WPS documents: converted to DOCX by LibreOffice (<c>soffice --headless --convert-to docx</c>) in a
/// private temporary folder, with its own profile and a 45 s limit, then read as DOCX. The document records the
/// conversion. Without LibreOffice, a clear message says what to install.
/// </summary>
public sealed class DocReader(DocxReader docx) : IDocumentReader
{
    /// <summary>Below the per-document limit, so that LibreOffice is killed rather than left running behind a refused
    /// document.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(45);

    public InputFormat Format => InputFormat.Doc;

    /// <summary>LibreOffice's command on the PATH, or null.</summary>
    public static string? Soffice { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    public Document Read(SourceDocument source)
    {
        if (Soffice is null)
            throw new DocumentReadException(
                "a Word 97–2003 or WPS document: reading it needs LibreOffice's soffice on the PATH (Debian: apt-get install libreoffice-writer-nogui)"
            );
        var folder = Directory.CreateTempSubdirectory("reportingest-doc-");
        try
        {
            var input = Path.Combine(folder.FullName, "document.doc"); // our name, never the source's
            File.WriteAllBytes(input, source.Bytes);
            var start = new ProcessStartInfo(Soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (
                var argument in new[]
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "docx",
                    "--outdir",
                    folder.FullName,
                    input,
                }
            )
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)
                ?? throw new DocumentReadException("LibreOffice could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                throw new DocumentReadException(
                    $"LibreOffice did not convert the document within {TimeLimit.TotalSeconds:0} s"
                );
            }
            var converted = Path.Combine(folder.FullName, "document.docx");
            if (!File.Exists(converted))
                throw new DocumentReadException(
                    $"LibreOffice could not convert the document (exit {process.ExitCode}): {(error.Result + output.Result).Trim()}"
                );
            var document = docx.Read(new SourceDocument(source.Name, File.ReadAllBytes(converted)));
            return new Document(InputFormat.Doc, document.Blocks, document.Page)
            {
                Conversion = "LibreOffice soffice --convert-to docx",
            };
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException) { } // a LibreOffice child may still hold its profile
        }
    }

    private static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command))
            .FirstOrDefault(File.Exists);
}
