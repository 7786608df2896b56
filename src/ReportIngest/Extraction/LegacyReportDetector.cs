using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Recognises a report written before the 2019 national template (template.md §9–10): none of the template's
/// anchors occur, and the text carries the old regime's markers or names a year before 2019. Such a report's
/// statistics table is a different form whose rows merely resemble template rows, so none of it is read as one.
/// </summary>
public static class LegacyReportDetector
{
    private static readonly string[] TemplateAnchors = ["第二十条第(一)项", "本列数据的勾稽关系", "结转下年度继续办理"];

    private static readonly string[] LegacyMarkers =
    [
        "概述",
        "依申请公开政府信息情况",
        "政府信息公开的收费及减免情况",
        "政府信息公开情况统计表",
        "申请答复数",
        "同意公开答复数",
    ];

    public static bool IsLegacy(string documentText, int? reportYear)
    {
        if (TemplateAnchors.Any(documentText.Contains))
            return false; // the common case, without normalising the whole text
        var text = LabelNormalizer.Normalize(documentText);
        if (TemplateAnchors.Any(text.Contains))
            return false;
        return reportYear is < 2019 || LegacyMarkers.Any(text.Contains);
    }
}
