namespace ReportIngest.Tests;

/// <summary>Small reports written for tests.</summary>
internal static class SampleReports
{
    /// <summary>A gov2021 report holding only section 四, with its 15 cells given as <paramref name="cases"/>.</summary>
    public static string ReviewLitigation(params int[] cases) =>
        $"""
            # 某市统计局2021年政府信息公开工作年度报告

            ## 四、政府信息公开行政复议、行政诉讼情况

            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | {string.Join(" | ", cases.Concat(Enumerable.Repeat(0, 15 - cases.Length)))} |
            """;
}
