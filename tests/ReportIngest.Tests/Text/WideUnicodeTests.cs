using System.Text;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class WideUnicodeTests
{
    private const string Report = "一、本年新收政府信息公开申请数量 | 12 | 3\n二、上年结转 | 0 | 1\n";

    public static TheoryData<string, byte[]> Encoded() =>
        new()
        {
            { "utf-32le", [0xFF, 0xFE, 0, 0, .. new UTF32Encoding(false, false).GetBytes(Report)] },
            { "utf-32be", [0, 0, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes(Report)] },
            { "utf-16le", [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(Report)] },
            { "utf-16be", [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(Report)] },
            { "utf-16le", new UnicodeEncoding(false, false).GetBytes(Report) }, // no BOM: known by the NUL of each ASCII character
            { "utf-16be", new UnicodeEncoding(true, false).GetBytes(Report) },
        };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Wide_text_is_known_by_its_BOM_or_its_NULs_and_decoded_whole(string encoding, byte[] bytes)
    {
        Assert.Equal((Report, encoding), WideUnicode.Decode(bytes));
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Report)], WideUnicode.ToUtf8(bytes));
    }

    [Fact]
    public void UTF8_text_and_a_few_bytes_are_not_wide_text()
    {
        Assert.Null(WideUnicode.Decode(Encoding.UTF8.GetBytes(Report)));
        // 7 pairs: too few to tell
        Assert.Null(WideUnicode.Decode(new UnicodeEncoding(false, false).GetBytes("总计 12")));
        // no ASCII: no NUL to go by
        Assert.Null(WideUnicode.Decode(new UnicodeEncoding(false, false).GetBytes("政府信息公开工作年度报告")));
    }

    [Fact]
    public void Wide_text_whose_bytes_do_not_decode_is_refused_saying_where()
    {
        // a high surrogate, then 'A'
        byte[] cut = [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes("总计 12"), 0x3D, 0xD8, 0x41, 0x00];
        var error = Assert.Throws<DocumentReadException>(() => WideUnicode.Decode(cut));
        Assert.Contains("damaged UTF-16 text", error.Message);
        // after the BOM and five characters: the lone surrogate and what follows it
        Assert.Matches(@"first bad byte at offset 1[2-5]\)", error.Message);
    }
}
