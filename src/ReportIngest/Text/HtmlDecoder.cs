using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Text;

/// <summary>
/// Decodes a page from its bytes, trusting the bytes over the page's claim: a BOM wins; bytes that are valid UTF-8
/// are UTF-8 whatever the page declares (legacy text is practically never valid UTF-8); otherwise the charset of a
/// <c>&lt;meta&gt;</c> declaration, unless it claims UTF-8; otherwise detection as for any text (GB18030 for
/// legacy Chinese pages, damaged UTF-8 refused). GB2312 and GBK are read as GB18030, their superset, as browsers do.
/// </summary>
internal static partial class HtmlDecoder
{
    /// <summary>Declarations are looked for here; CMS pages put long scripts before their meta tags.</summary>
    private const int DeclarationSearchBytes = 16 * 1024;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes) || HasUnicodeBom(bytes))
            return TextDecoder.Decode(bytes).Text;
        if (Declared(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return declared.GetString(bytes);
        return TextDecoder.Decode(bytes).Text;
    }

    /// <summary>The encoding a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> declares;
    /// null when none is declared or the name is unknown.</summary>
    public static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, DeclarationSearchBytes));
        var match = MetaCharset().Match(head);
        if (!match.Success)
            return null;
        var name = match.Groups["name"].Value.ToLowerInvariant();
        try
        {
            return name is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "chinese"
                ? Encoding.GetEncoding("GB18030")
                : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasUnicodeBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
