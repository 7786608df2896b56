using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Text;

/// <summary>
/// The one normalisation used wherever labels are compared: NFKC (full-width forms, Kangxi radicals),
/// Traditional characters folded to Simplified (<see cref="SimplifiedChinese"/>), CJK-radical-supplement look-alikes
/// mapped to unified ideographs, whitespace and quotes removed, brackets made half-width, circled numbers ① and item
/// numbering <c>1、</c> written as <c>1.</c>.
/// </summary>
public static partial class LabelNormalizer
{
    // CJK Radicals Supplement characters have no NFKC mapping; PDF producers emit them for ordinary characters.
    private static readonly Dictionary<char, char> RadicalLookAlikes = new()
    {
        ['\u2E84'] = '乙',
        ['\u2E86'] = '冂',
        ['\u2E88'] = '刀',
        ['\u2E8B'] = '卩',
        ['\u2E8C'] = '小',
        ['\u2E95'] = '彐',
        ['\u2E97'] = '心',
        ['\u2E98'] = '手',
        ['\u2E9B'] = '无',
        ['\u2E9D'] = '月',
        ['\u2E9F'] = '母',
        ['\u2EA0'] = '民',
        ['\u2EA4'] = '爪',
        ['\u2EA7'] = '牛',
        ['\u2EAA'] = '疋',
        ['\u2EAE'] = '竹',
        ['\u2EB2'] = '罒',
        ['\u2EB7'] = '羊',
        ['\u2EBB'] = '聿',
        ['\u2EC0'] = '艸',
        ['\u2EC4'] = '西',
        ['\u2EC5'] = '见',
        ['\u2EC6'] = '角',
        ['\u2EC8'] = '讠',
        ['\u2EC9'] = '贝',
        ['\u2ECB'] = '车',
        ['\u2ECC'] = '辶',
        ['\u2ED0'] = '钅',
        ['\u2ED3'] = '长',
        ['\u2ED4'] = '门',
        ['\u2ED6'] = '阝',
        ['\u2ED7'] = '雨',
        ['\u2ED8'] = '青',
        ['\u2EDA'] = '页',
        ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞',
        ['\u2EDD'] = '食',
        ['\u2EDF'] = '饣',
        ['\u2EE0'] = '饣',
        ['\u2EE2'] = '马',
        ['\u2EE3'] = '骨',
        ['\u2EE4'] = '鬼',
        ['\u2EE5'] = '鱼',
        ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤',
        ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄',
        ['\u2EEA'] = '黾',
        ['\u2EEB'] = '斉',
        ['\u2EEC'] = '齐',
        ['\u2EED'] = '歯',
        ['\u2EEE'] = '齿',
        ['\u2EF0'] = '龙',
        ['\u2EF3'] = '龟',
    };

    /// <summary>Labels already normalised: the template's few hundred labels and headers recur in every
    /// report.</summary>
    private static readonly BoundedMemo<string> Normalized = new(NormalizeText, maxLength: 80);

    /// <summary>Normalises a label for comparison. Returns an empty string for null or blank input.</summary>
    public static string Normalize(string? text) => string.IsNullOrEmpty(text) ? "" : Normalized.Get(text);

    private static string NormalizeText(string text)
    {
        var nfkc = SimplifiedChinese.Fold(Nfkc.Normalize(CircledNumbers(text)));
        var sb = new StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (char.IsWhiteSpace(ch) || IsQuote(ch))
                continue;
            sb.Append(
                ch switch
                {
                    '【' or '〔' or '［' => '[',
                    '】' or '〕' or '］' => ']',
                    '，' => ',',
                    _ => RadicalLookAlikes.GetValueOrDefault(ch, ch),
                }
            );
        }
        return DigitListMark().Replace(sb.ToString(), "$1.");
    }

    /// <summary>True when a bracket of the label is still open at its end (（区分处理的，只): its text goes on in the next
    /// line.</summary>
    public static bool LeftOpen(string label) =>
        label.Count(c => c is '（' or '(') > label.Count(c => c is '）' or ')');

    /// <summary>True when the text begins with item numbering (一、, （二）, 1.): a new row, not the rest of one.</summary>
    public static bool StartsNumbered(string text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && StripNumbering(normalized) != normalized;
    }

    /// <summary>Removes leading item numbering such as <c>一、</c>, <c>(三)</c>, <c>1.</c> from a normalised
    /// label.</summary>
    public static string StripNumbering(string normalized)
    {
        string previous;
        var current = normalized;
        do
        {
            previous = current;
            current = LeadingNumbering().Replace(current, "");
        } while (current != previous && current.Length > 0);
        return current;
    }

    /// <summary>① … ⑳ as <c>1.</c> … <c>20.</c>: NFKC would make them bare digits, run together with the
    /// label.</summary>
    private static string CircledNumbers(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u2460', '\u2473'))
            return text;
        var sb = new StringBuilder(text.Length + 4);
        foreach (var ch in text)
        {
            if (ch is >= '\u2460' and <= '\u2473')
                sb.Append(ch - '\u2460' + 1).Append('.');
            else
                sb.Append(ch);
        }
        return sb.ToString();
    }

    private static bool IsQuote(char ch) =>
        ch is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '〝' or '〞' or '`' or '´';

    [GeneratedRegex(@"(\d)、")]
    private static partial Regex DigitListMark();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、)](?!\d))")]
    private static partial Regex LeadingNumbering();
}
