namespace ReportIngest.Templates;

/// <summary>The numbered report sections that hold tables.</summary>
public enum TemplateSection
{
    /// <summary>二、主动公开政府信息情况</summary>
    Proactive,

    /// <summary>三、收到和处理政府信息公开申请情况</summary>
    Requests,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况</summary>
    ReviewLitigation,
}
