using System.Text;
using ReportIngest.Documents;
using ReportIngest.Readers;

namespace ReportIngest.Tests.Readers;

public class FormatDetectorTests
{
    [Fact]
    public void Markdown_is_recognised_by_content() =>
        Assert.Equal(
            InputFormat.Markdown,
            FormatDetector.Detect(Encoding.UTF8.GetBytes("# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
        );

    [Fact]
    public void Text_without_markdown_signals_is_plain_text() =>
        Assert.Equal(InputFormat.PlainText, FormatDetector.Detect(Encoding.UTF8.GetBytes("标题\n规章\t0\t0\t0\n")));

    [Fact]
    public void Pdf_is_recognised_by_its_header_even_after_leading_junk() =>
        Assert.Equal(
            InputFormat.Pdf,
            FormatDetector.Detect(Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.7\n%âãÏÓ\n1 0 obj"))
        );

    [Theory]
    [InlineData(new byte[0], "empty document")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "empty document")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0x10 }, "binary data")]
    public void Refuses_what_it_cannot_read_with_a_specific_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<DocumentReadException>(() => FormatDetector.Detect(bytes));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Html_is_recognised_whatever_its_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(
            InputFormat.Html,
            FormatDetector.Detect(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>x</body></html>"))
        );
        Assert.Equal(
            InputFormat.Html,
            FormatDetector.Detect(
                Encoding
                    .GetEncoding("GBK")
                    .GetBytes("<html><head><meta charset=\"gbk\"></head><body>行政许可</body></html>")
            )
        );
    }
}
