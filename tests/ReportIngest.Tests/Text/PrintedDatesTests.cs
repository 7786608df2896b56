using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class PrintedDatesTests
{
    [Theory]
    [InlineData("发布日期：2024年3月8日", "2024-03-08")]
    [InlineData("2024-03-08 15:34", "2024-03-08 15:34")]
    [InlineData("2024/3/8 9:05", "2024-03-08 09:05")]
    [InlineData("２０２４年１２月３１日", "2024-12-31")] // full-width digits, as NFKC reads them
    [InlineData("2024.1.1", "2024-01-01")]
    [InlineData("2024-03-08 24:00", "2024-03-08")] // no such hour: the date alone
    [InlineData("2024-03-08 23:60", "2024-03-08")] // no such minute
    public void A_printed_date_is_given_in_ISO_form_with_its_time_when_there_is_one(string text, string iso) =>
        Assert.Equal(iso, PrintedDates.Normalize(text));

    [Theory]
    [InlineData("2024年13月1日")] // no 13th month
    [InlineData("2024年0月1日")]
    [InlineData("2024年1月32日")]
    [InlineData("2024年1月0日")]
    [InlineData("第3月8日")] // no year
    [InlineData("")]
    public void Text_without_a_real_date_gives_none(string text) => Assert.Null(PrintedDates.Normalize(text));
}
