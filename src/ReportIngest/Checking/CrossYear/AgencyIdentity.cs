using System.Text;
using System.Text.RegularExpressions;
using ReportIngest.Text;

namespace ReportIngest.Checking.CrossYear;

/// <summary>
/// The identity of an agency across years, whose printed name varies: full and short forms (管理委员会/管委会,
/// 办公室/办, 人民政府/政府), with or without the province or city in front, spaces and brackets. Names equal after
/// normalisation are the same agency; one ending in the other (a prefix dropped) is only probably the same.
/// </summary>
public static partial class AgencyIdentity
{
    private static readonly (string Long, string Short)[] ShortForms =
    [
        ("管理委员会", "管委会"),
        ("人民政府", "政府"),
        ("办公室", "办"),
        ("委员会", "委"),
        ("管理局", "局"),
    ];

    /// <summary>Below this length a name is too generic (政府, 办) to pair by its ending.</summary>
    private const int MinimumSuffixMatch = 4;

    public static string Key(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
            return "";
        var text = new StringBuilder(Bracketed().Replace(SimplifiedChinese.Fold(Nfkc.Normalize(agency)), ""));
        foreach (var (longForm, shortForm) in ShortForms)
            text.Replace(longForm, shortForm);
        return string.Concat(text.ToString().Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));
    }

    public static AgencyMatch Compare(string? a, string? b) => CompareKeys(Key(a), Key(b));

    /// <summary>As <see cref="Compare"/>, for names already through <see cref="Key"/>.</summary>
    public static AgencyMatch CompareKeys(string keyA, string keyB)
    {
        if (keyA.Length == 0 || keyB.Length == 0)
            return AgencyMatch.Different;
        if (keyA == keyB)
            return AgencyMatch.Same;
        var (shorter, longer) = keyA.Length < keyB.Length ? (keyA, keyB) : (keyB, keyA);
        return shorter.Length >= MinimumSuffixMatch && longer.EndsWith(shorter, StringComparison.Ordinal)
            ? AgencyMatch.Uncertain
            : AgencyMatch.Different;
    }

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Bracketed();
}
