using System.Text.RegularExpressions;
using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>Recognises section headings, section 二 sub-headers and section 四 group headings by key phrases (template.md §1).</summary>
public static partial class SectionDetector
{
    private const int MaxHeadingLength = 48;

    /// <summary>The table section a heading opens, or null. Long lines are prose (the preamble lists every section name).</summary>
    public static TemplateSection? SectionOf(string normalized)
    {
        if (normalized.Length > MaxHeadingLength) return null;
        if (normalized.Contains("主动公开政府信息情况")) return TemplateSection.Proactive;
        if (normalized.Contains("收到和处理政府信息公开申请")) return TemplateSection.Requests;
        if (normalized.Contains("行政复议") && normalized.Contains("行政诉讼") && normalized.Contains("情况")) return TemplateSection.ReviewLitigation;
        return null;
    }

    /// <summary>True for the headings after the tables (五、存在的主要问题…, 六、其他需要报告的事项).</summary>
    public static bool EndsTables(string normalized) =>
        normalized.Length <= MaxHeadingLength &&
        (normalized.Contains("存在的主要问题") || normalized.Contains("存在问题及改进") || normalized.Contains("其他需要报告的事项"));

    /// <summary>The section 二 sub-table a 第二十条第（X）项 header names, or null.</summary>
    public static string? SubTableOf(string normalized)
    {
        var match = Article20Item().Match(normalized);
        if (!match.Success) return null;
        return match.Groups[1].Value switch
        {
            "一" => "s2_a20_1",
            "五" => "s2_a20_5",
            "六" => "s2_a20_6",
            "八" => "s2_a20_8",
            "九" => "s2_a20_9",
            _ => null,
        };
    }

    /// <summary>The section 四 group a short heading names (行政复议 / 未经复议直接起诉 / 复议后起诉), or null.</summary>
    public static string? ReviewGroupOf(string normalized)
    {
        if (normalized.Length > 24) return null;
        if (normalized.Contains("复议后起诉")) return "suit_after_review";
        if (normalized.Contains("直接起诉")) return "suit_direct";
        if (normalized.Contains("行政诉讼")) return "suit";
        if (normalized.Contains("行政复议")) return "review";
        return null;
    }

    [GeneratedRegex(@"第二十条第\(([一二三四五六七八九十]+)\)项")]
    private static partial Regex Article20Item();
}
