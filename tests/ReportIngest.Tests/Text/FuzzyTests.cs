using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class FuzzyTests
{
    [Theory]
    [InlineData("保护第三方合法权益", "保护第三方合法权益", 0)]
    [InlineData("保护第三放合法权益", "保护第三方合法权益", 1)]
    [InlineData("无正当理由量反复申请", "无正当理由大量反复申请", 1)]
    [InlineData("", "总计", 2)]
    public void Counts_edits(string a, string b, int distance) => Assert.Equal(distance, Fuzzy.Distance(a, b));

    [Fact]
    public void Finds_a_phrase_with_a_slip_anywhere_in_a_heading()
    {
        Assert.Equal(1, Fuzzy.SubstringDistance("四、政府信息公开行政法复议、行政诉讼情况", "行政复议、行政诉讼"));
        Assert.True(Fuzzy.Contains("四、政府信息公开行政法复议、行政诉讼情况", "行政复议、行政诉讼", 1));
        Assert.False(Fuzzy.Contains("四、存在的主要问题及改进情况", "行政复议、行政诉讼", 2));
    }

    [Fact]
    public void One_substitution_is_not_a_missing_character()
    {
        Assert.True(Fuzzy.ContainsWithOneSubstitution("8.属于行政查旬事项", "查询事项"));
        Assert.False(Fuzzy.ContainsWithOneSubstitution("（三）不予公开", "予以公开")); // 不予公开 is another word, not a slip
        Assert.False(Fuzzy.ContainsWithOneSubstitution("8.属于行政查询事项", "查询事项")); // exact is not a slip
    }
}
