using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers;

/// <summary>Decides a document's format from its content, never from its file name.</summary>
public static partial class FormatDetector
{
    private const int SniffBytes = 4096;

    /// <summary>The format, or a <see cref="DocumentReadException"/> that names what the bytes are instead.</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8) < 0)
            throw new DocumentReadException("empty document: no content");
        if (IsPdf(bytes))
            return InputFormat.Pdf;
        if (Docx.OfficePackage.IsZip(bytes) || Docx.OfficePackage.IsOle(bytes))
            return Docx.OfficePackage.Detect(bytes.ToArray());
        if (LooksBinary(bytes[..Math.Min(bytes.Length, SniffBytes)]))
            throw new DocumentReadException("binary data, not a text document");

        // HTML first: a page declares its own charset, which need not be UTF-8.
        var ascii = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        if (HtmlStart().IsMatch(ascii.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF')))
            return InputFormat.Html;
        var (text, _) = TextDecoder.Decode(bytes);
        return MarkdownSignals().IsMatch(text) ? InputFormat.Markdown : InputFormat.PlainText;
    }

    /// <summary>A PDF or an Office package: binary formats whose bytes are never re-encoded as text.</summary>
    public static bool IsContainer(ReadOnlySpan<byte> bytes) =>
        IsPdf(bytes) || Docx.OfficePackage.IsZip(bytes) || Docx.OfficePackage.IsOle(bytes);

    private static bool IsPdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>NUL bytes or many control characters mean binary data (wide Unicode text was re-encoded before: <see
    /// cref="ReportIngest.Text.WideUnicode"/>).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
                control++;
        }
        return control > head.Length / 50;
    }

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    // ATX headings or pipe-table delimiter rows.
    [GeneratedRegex(@"^(?:#{1,6}\s+\S|\|?\s*:?-{3,}:?\s*\|)", RegexOptions.Multiline)]
    private static partial Regex MarkdownSignals();
}
