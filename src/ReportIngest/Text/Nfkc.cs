using System.Text;

namespace ReportIngest.Text;

/// <summary>
/// NFKC (full-width digits and brackets, Kangxi radicals, compatibility ideographs to their ordinary forms) without
/// the cost of a normalisation call for text that NFKC leaves as it is: ASCII and the unified CJK ideographs, which
/// are almost all of a report's labels and figures.
/// </summary>
public static class Nfkc
{
    public static string Normalize(string text)
    {
        foreach (var ch in text)
            if (ch >= '\u0080' && ch is not (>= '\u4E00' and <= '\u9FFF'))
                return text.Normalize(NormalizationForm.FormKC);
        return text;
    }
}
