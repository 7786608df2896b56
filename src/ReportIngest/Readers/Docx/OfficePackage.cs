using System.IO.Compression;
using System.Text;
using ReportIngest.Documents;

namespace ReportIngest.Readers.Docx;

/// <summary>
/// What an Office container is, from its bytes: an OOXML zip with <c>word/document.xml</c> (DOCX), an OLE compound
/// file holding a <c>WordDocument</c> stream (DOC, and WPS, which WPS Office writes in the same binary form), or an
/// encrypted Office document (an OLE file holding <c>EncryptedPackage</c>). Zips are checked before anything
/// decompresses them: a bounded number of entries, declared sizes and compression ratios (zip bombs).
/// </summary>
public static class OfficePackage
{
    public const int MaxEntries = 10_000;
    public const long MaxUncompressedBytes = 256L * 1024 * 1024;
    public const int MaxCompressionRatio = 200;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static bool IsOle(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleSignature);

    /// <summary>The format of a zip or OLE container, or a <see cref="DocumentReadException"/> saying what it is
    /// instead.</summary>
    public static InputFormat Detect(byte[] bytes)
    {
        if (IsOle(bytes))
        {
            if (Contains(bytes, "EncryptedPackage"))
                throw new DocumentReadException(
                    "an encrypted (password-protected) Office document: it cannot be read without its password"
                );
            if (Contains(bytes, "WordDocument"))
                return InputFormat.Doc;
            throw new DocumentReadException(
                "an OLE compound file that is not a Word document (no WordDocument stream: an Excel or PowerPoint file?)"
            );
        }
        using var zip = Open(bytes);
        if (zip.GetEntry("word/document.xml") is not null)
            return InputFormat.Docx;
        if (zip.GetEntry("OFD.xml") is not null)
            throw new DocumentReadException("an OFD document: not supported (only PDF, HTML, Markdown, text and Word)");
        if (zip.GetEntry("xl/workbook.xml") is not null)
            throw new DocumentReadException("an Excel workbook (XLSX), not a report document");
        throw new DocumentReadException("a ZIP file that is not a Word document (no word/document.xml)");
    }

    /// <summary>Opens a zip after checking its entries against the limits; a damaged zip is a clear error.</summary>
    public static ZipArchive Open(byte[] bytes)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            // the central directory is read here, lazily: damage shows now, not in the constructor
            CheckLimits(zip.Entries);
            return zip;
        }
        catch (InvalidDataException e)
        {
            zip?.Dispose();
            throw new DocumentReadException($"a damaged ZIP container (truncated or corrupt): {e.Message}");
        }
        catch (DocumentReadException)
        {
            zip?.Dispose();
            throw;
        }
    }

    private static void CheckLimits(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        if (entries.Count > MaxEntries)
            throw new DocumentReadException(
                $"a ZIP container with {entries.Count:N0} entries (limit {MaxEntries:N0}): refused"
            );
        var total = entries.Sum(e => e.Length);
        if (total > MaxUncompressedBytes)
            throw new DocumentReadException(
                $"a ZIP container that unpacks to {total:N0} bytes (limit {MaxUncompressedBytes:N0}): refused as a zip bomb"
            );
        if (
            entries.FirstOrDefault(e =>
                e.Length > 1024 * 1024 && e.Length > (long)MaxCompressionRatio * Math.Max(1, e.CompressedLength)
            ) is
            { } bomb
        )
            throw new DocumentReadException(
                $"{bomb.FullName} is compressed {bomb.Length / Math.Max(1, bomb.CompressedLength):N0}:1 (limit {MaxCompressionRatio}:1): refused as a zip bomb"
            );
    }

    /// <summary>Whether an OLE directory names a stream (names are UTF-16LE).</summary>
    private static bool Contains(byte[] bytes, string streamName) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(streamName)) >= 0;
}
