using System.Text;

namespace ReportIngest.Text;

/// <summary>
/// NFKC (full-width digits and brackets, Kangxi radicals, compatibility ideographs to their ordinary forms) without
/// the cost of a normalisation call for text that NFKC leaves as it is: ASCII and the unified CJK ideographs, which
/// are almost all of a report's labels and figures. Text that is not valid Unicode (a lone surrogate from a damaged
/// PDF font map) has the invalid code units replaced by U+FFFD first: normalising it would throw.
/// </summary>
public static class Nfkc
{
    public static string Normalize(string text)
    {
        foreach (var ch in text)
            if (ch >= '\u0080' && ch is not (>= '\u4E00' and <= '\u9FFF'))
                return Valid(text).Normalize(NormalizationForm.FormKC);
        return text;
    }

    private static string Valid(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString()); // an invalid code unit enumerates as U+FFFD
        return builder.ToString();
    }
}
