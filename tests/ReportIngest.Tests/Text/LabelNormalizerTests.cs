using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class LabelNormalizerTests
{
    [Theory]
    [InlineData("（三） 不予公开", "(三)不予公开")]
    [InlineData("第二十条 第（八）项", "第二十条第(八)项")]
    [InlineData("危及“三安全一稳定”", "危及三安全一稳定")]
    [InlineData("1、属于国家秘密", "1.属于国家秘密")]
    [InlineData("１．属于国家秘密", "1.属于国家秘密")]
    [InlineData("法律服务\n机构", "法律服务机构")]
    [InlineData("⾏政许可", "行政许可")] // U+2F8F KANGXI RADICAL WALK ENCLOSED → 行 by NFKC
    [InlineData("⻓期", "长期")] // U+2ED3 CJK RADICAL C-SIMPLIFIED LONG has no NFKC mapping
    [InlineData("政府信息公开⻚", "政府信息公开页")]
    [InlineData("①属于国家秘密", "1.属于国家秘密")] // NFKC alone would give "1属于…", run together with the label
    [InlineData("結轉下年度繼續辦理", "结转下年度继续办理")] // Traditional copies fold to Simplified
    [InlineData("政府資訊公開申請", "政府信息公开申请")] // and Taiwan usage (資訊) to the mainland's (信息)
    [InlineData("危及「三安全一穩定」", "危及三安全一稳定")]
    public void Normalizes_labels_for_comparison(string printed, string expected) =>
        Assert.Equal(expected, LabelNormalizer.Normalize(printed));

    [Theory]
    [InlineData("(七)总计", "总计")]
    [InlineData("三、本年度办理结果", "本年度办理结果")]
    [InlineData("3.其他", "其他")]
    [InlineData("(六)3.其他", "其他")]
    [InlineData("2019年", "2019年")]
    [InlineData("1)属于国家秘密", "属于国家秘密")]
    public void Strips_item_numbering(string normalized, string expected) =>
        Assert.Equal(expected, LabelNormalizer.StripNumbering(normalized));

    [Fact]
    public void Blank_is_empty() => Assert.Equal("", LabelNormalizer.Normalize(" \u3000 "));

    [Theory]
    [InlineData("（二）部分公开（区分处理的，只", true)]
    [InlineData("规章（设区的市、自治州人民政府", true)]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", false)]
    [InlineData("3.补正后申请内容仍", false)]
    public void A_label_whose_bracket_is_still_open_goes_on(string label, bool open) =>
        Assert.Equal(open, LabelNormalizer.LeftOpen(label));
}
