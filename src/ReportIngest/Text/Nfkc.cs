using System.Text;

namespace ReportIngest.Text;

/// <summary>
/// NFKC (full-width digits and brackets, Kangxi radicals, compatibility ideographs to their ordinary forms) without
/// the cost of a normalisation call for the characters almost all of a report's labels and figures are made of: ASCII,
/// the unified CJK ideographs and the CJK punctuation NFKC leaves as it is (<see cref="IsStable"/>), and the
/// full-width forms of ASCII and the ideographic space, which NFKC maps one to one (<see cref="Mapped"/>). Text
/// with any other character is normalised by the runtime. Text that is not valid Unicode (a lone surrogate from a
/// damaged PDF font map) has the invalid code units replaced by U+FFFD first: normalising it would throw.
/// </summary>
public static class Nfkc
{
    public static string Normalize(string text)
    {
        var mapped = false;
        foreach (var ch in text)
        {
            if (IsStable(ch))
                continue;
            if (Mapped(ch) is null)
                return Valid(text).Normalize(NormalizationForm.FormKC);
            mapped = true;
        }
        return mapped ? string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                    span[i] = Mapped(source[i]) ?? source[i];
            }) : text;
    }

    /// <summary>Characters NFKC leaves as they are, whatever follows them: ASCII, the unified CJK ideographs,
    /// 、。〈〉《》「」『』【】〔〕 and “”‘’.</summary>
    internal static bool IsStable(char ch) =>
        ch < '\u0080'
        || ch
            is >= '\u4E00'
                and <= '\u9FFF'
                or '\u3001'
                or '\u3002'
                or >= '\u3008'
                and <= '\u3011'
                or '\u3014'
                or '\u3015'
                or '\u2018'
                or '\u2019'
                or '\u201C'
                or '\u201D';

    /// <summary>What NFKC maps a full-width ASCII form (！ to ～) or the ideographic space to; null for any other
    /// character.</summary>
    internal static char? Mapped(char ch) =>
        ch switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
            '\u3000' => ' ',
            _ => null,
        };

    private static string Valid(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            builder.Append(rune.ToString()); // an invalid code unit enumerates as U+FFFD
        return builder.ToString();
    }
}
