using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class SimplifiedChineseTests
{
    [Theory]
    [InlineData("政府資訊公開工作年度報告", "政府信息公开工作年度报告")]
    [InlineData("4.無正當理由大量反覆申請", "4.无正当理由大量反复申请")] // 覆 is Simplified too: only the phrase 反覆 folds
    [InlineData("行政規範性檔案", "行政规范性文件")] // 檔案 is the Taiwan word for 文件
    [InlineData("商業企業　總計", "商业企业　总计")]
    public void Folds_traditional_text_for_matching(string traditional, string simplified) =>
        Assert.Equal(simplified, SimplifiedChinese.Fold(traditional));

    [Theory]
    [InlineData("本机关不掌握相关政府信息")]
    [InlineData("查询事项 文件 执行")] // Taiwan phrases that are mainland words as well are never touched in Simplified text
    [InlineData("abc 123")]
    public void Leaves_simplified_text_as_it_is_without_copying(string text) =>
        Assert.Same(text, SimplifiedChinese.Fold(text));

    [Fact]
    public void Folding_characters_keeps_every_offset() =>
        Assert.Equal("收到申请81件，办结81件", SimplifiedChinese.FoldCharacters("收到申請81件，辦結81件"));
}
