using System.Text;
using ReportIngest.Documents;

namespace ReportIngest.Text;

/// <summary>
/// Decodes the bytes of a text document: a BOM wins, and UTF-16 shows without one (<see cref="WideUnicode"/>);
/// otherwise strict UTF-8; otherwise GB18030 (which covers GBK and GB2312). Bytes that decode cleanly in neither are
/// refused rather than turned into wrong characters.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Returns the text and the name of the encoding used.</summary>
    /// <exception cref="DocumentReadException">The bytes are not text in any supported encoding.</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (StrictDecode(StrictUtf8, bytes[3..], "UTF-8"), "utf-8");
        if (WideUnicode.Decode(bytes) is { } wide)
            return wide;

        if (IsValidUtf8(bytes))
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        RefuseDamagedUtf8(bytes);
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return (StrictDecode(gb, bytes, "UTF-8 or GB18030"), "gb18030");
    }

    /// <summary>
    /// Mostly-valid UTF-8 is damaged UTF-8, not GBK: decoding it as GB18030 would turn every character into a wrong
    /// one.
    /// </summary>
    private static void RefuseDamagedUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (!IsValidUtf8(bytes[..^cut]))
                continue;
            throw new DocumentReadException("truncated document: the file ends in the middle of a UTF-8 character");
        }
        int invalid = 0,
            multiByte = 0;
        for (var rest = bytes; !rest.IsEmpty; )
        {
            // an invalid sequence is skipped as the decoder would replace it, by its longest invalid start
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(rest, out var rune, out var consumed))
                invalid++;
            else if (rune.Value >= 0x800)
                multiByte++;
            rest = rest[consumed..];
        }
        if (multiByte > 20 * invalid)
            throw new DocumentReadException(
                $"damaged UTF-8 text: {invalid} invalid byte sequence(s) among {multiByte} characters"
            );
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static string StrictDecode(Encoding encoding, ReadOnlySpan<byte> bytes, string tried)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(
                $"unknown text encoding: the bytes are not valid {tried} (first bad byte at offset {e.Index})"
            );
        }
    }
}
