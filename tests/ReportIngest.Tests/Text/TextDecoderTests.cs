using System.Text;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class TextDecoderTests
{
    private const string Sample = "二、主动公开政府信息情况 行政许可 97";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8() => Assert.Equal((Sample, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)));

    [Fact]
    public void Reads_utf8_with_bom() =>
        Assert.Equal(Sample, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]).Text);

    [Fact]
    public void Reads_gbk_without_declaration()
    {
        var (text, encoding) = TextDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(Sample));
        Assert.Equal(Sample, text);
        Assert.Equal("gb18030", encoding);
    }

    [Fact]
    public void Recognises_utf8_cut_inside_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample + "年度报告");
        Assert.Contains(
            "truncated",
            Assert.Throws<DocumentReadException>(() => TextDecoder.Decode(bytes[..^1])).Message
        );
    }

    [Fact]
    public void Refuses_bytes_valid_in_no_supported_encoding()
    {
        // 0x81 0x20: a GB18030 lead byte followed by an invalid trail byte, and invalid UTF-8.
        byte[] bytes = [.. "abc"u8, 0x81, 0x20, .. "more text after it"u8];
        var error = Assert.Throws<DocumentReadException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("unknown text encoding", error.Message);
    }
}
