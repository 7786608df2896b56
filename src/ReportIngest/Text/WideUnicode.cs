using System.Text;
using ReportIngest.Documents;

namespace ReportIngest.Text;

/// <summary>
/// UTF-16 and UTF-32 text (what Windows writes when a file is saved as "Unicode") re-encoded as UTF-8 with a BOM, so
/// that format detection and every text reader see one encoding. Known by its BOM, or without one by the NUL byte that
/// every ASCII character (digits, spaces, line breaks) carries on the same side of each pair.
/// </summary>
public static class WideUnicode
{
    private const int SniffBytes = 4096;

    /// <summary>The text as UTF-8 with a BOM, or null when the bytes are not wide Unicode text.</summary>
    /// <exception cref="DocumentReadException">Wide Unicode whose bytes do not decode (a damaged or cut
    /// file).</exception>
    public static byte[]? ToUtf8(ReadOnlySpan<byte> bytes) =>
        Decode(bytes) is { } wide ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(wide.Text)] : null;

    /// <summary>The text and the name of its encoding, or null when the bytes are not wide Unicode text.</summary>
    /// <exception cref="DocumentReadException">Wide Unicode whose bytes do not decode (a damaged or cut
    /// file).</exception>
    public static (string Text, string Encoding)? Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, preamble, name) = bytes switch
        {
            [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, false, true), 4, "utf-32le"),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), 4, "utf-32be"),
            [0xFF, 0xFE, ..] => ((Encoding)new UnicodeEncoding(false, false, true), 2, "utf-16le"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2, "utf-16be"),
            _ => BomlessUtf16(bytes[..Math.Min(bytes.Length, SniffBytes)]) is { } bomless
                ? (bomless.Encoding, 0, bomless.BigEndian ? "utf-16be" : "utf-16le")
                : (null, 0, ""),
        };
        if (encoding is null)
            return null;
        try
        {
            return (encoding.GetString(bytes[preamble..]), name);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(
                $"damaged {name[..6].ToUpperInvariant()} text: the bytes do not decode (first bad byte at offset {preamble + e.Index})"
            );
        }
    }

    /// <summary>UTF-16 without a BOM: a NUL in the high byte of many pairs (ASCII characters), hardly ever in the low
    /// one.</summary>
    private static (Encoding Encoding, bool BigEndian)? BomlessUtf16(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 8)
            return null;
        int evenNul = 0,
            oddNul = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0)
                evenNul++;
            if (head[i + 1] == 0)
                oddNul++;
        }
        // the other side is NUL only for the few characters U+xx00 (一 is U+4E00); and it takes a few NULs: a line of
        // Chinese alone (开 is U+5F00) is no evidence either way
        var enough = Math.Max(4, pairs / 20);
        if (oddNul >= enough && evenNul * 8 < oddNul)
            return (new UnicodeEncoding(false, false, true), false);
        if (evenNul >= enough && oddNul * 8 < evenNul)
            return (new UnicodeEncoding(true, false, true), true);
        return null;
    }
}
