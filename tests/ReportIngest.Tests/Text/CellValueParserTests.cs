using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class CellValueParserTests
{
    [Fact]
    public void A_cell_longer_than_any_figure_is_unreadable_without_being_parsed()
    {
        Assert.Equal(CellStatus.Unreadable, CellValueParser.Parse(new string('1', 1_000_000)).Status);
        Assert.Equal(
            CellStatus.Unreadable,
            CellValueParser.Parse(new string('9', CellValueParser.MaxFigureLength + 1)).Status
        );
        Assert.Equal(CellStatus.Value, CellValueParser.Parse("1,234,567,890.12万元").Status);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3119", 3119)]
    [InlineData("１２３", 123)] // full-width digits
    [InlineData("1,362", 1362)]
    [InlineData("12,345,678", 12345678)]
    [InlineData(" 51340.00 ", 51340.00)]
    [InlineData("+1036", 1036)]
    [InlineData("-8", -8)]
    [InlineData("－8", -8)] // full-width minus
    [InlineData("增加5", 5)]
    [InlineData("减少3", -3)]
    [InlineData("96171.6", 96171.6)]
    public void Reads_numbers(string raw, double expected)
    {
        var reading = CellValueParser.Parse(raw);
        Assert.Equal(CellStatus.Value, reading.Status);
        Assert.Equal((decimal)expected, reading.Value);
    }

    [Theory]
    [InlineData("251000元", 251000, "元")]
    [InlineData("2792220.8元", 2792220.8, "元")]
    [InlineData("4068.208万元", 4068.208, "万元")]
    [InlineData("12件", 12, "件")]
    public void Keeps_the_unit_printed_in_the_cell(string raw, double value, string unit)
    {
        var reading = CellValueParser.Parse(raw);
        Assert.Equal((decimal)value, reading.Value);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    [InlineData(null)]
    public void Empty_cells_are_blank_not_zero(string? raw)
    {
        var reading = CellValueParser.Parse(raw);
        Assert.Equal(CellStatus.Blank, reading.Status);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("——")]
    public void Placeholders_are_not_numbers(string raw)
    {
        var reading = CellValueParser.Parse(raw);
        Assert.Equal(CellStatus.Placeholder, reading.Status);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("1,2")] // not a thousands group: never read as 12
    [InlineData("12,34")]
    [InlineData("l0")] // OCR letter l
    [InlineData("见附件")]
    [InlineData("1000000000000000")] // a quadrillion: digits run together, not a figure a report holds
    [InlineData("123456789012345678901234567")]
    public void Anything_else_is_unreadable(string raw)
    {
        Assert.Equal(CellStatus.Unreadable, CellValueParser.Parse(raw).Status);
    }

    [Theory]
    // Spaces inside a number come from wide tracking or separate thousands.
    [InlineData("1 362", 1362)]
    [InlineData("1 3 6 2", 1362)]
    [InlineData("１２ ３４５件", 12345)]
    public void Reads_numbers_with_wide_tracking(string raw, double expected) =>
        Assert.Equal((decimal)expected, CellValueParser.Parse(raw).Value);

    [Theory]
    // Two figures run together in one piece of a PDF line (a narrow column's 2553 beside the next column's 122件).
    [InlineData("2553 122件")]
    [InlineData("12 3")]
    [InlineData("１２　３")]
    public void Figures_run_together_are_unreadable_not_one_number(string raw) =>
        Assert.Equal(CellStatus.Unreadable, CellValueParser.Parse(raw).Status);

    [Theory]
    // A note's reference printed after a figure is a digit once normalised (NFKC makes ¹ and ① a 1): the figure is
    // read past it, never as 801 or 121. Elsewhere the digit mark leaves the cell unread.
    [InlineData("80¹", 80)]
    [InlineData("12①", 12)]
    [InlineData("12 ⑴", 12)]
    [InlineData("3❶", 3)]
    [InlineData("2,890¹²", 2890)]
    [InlineData("12件¹", 12)]
    public void A_figure_is_read_past_a_note_mark_after_it(string raw, double value) =>
        Assert.Equal(
            (CellStatus.Value, (decimal?)(decimal)value),
            (CellValueParser.Parse(raw).Status, CellValueParser.Parse(raw).Value)
        );

    [Theory]
    [InlineData("①12")]
    [InlineData("1¹2")]
    [InlineData("¹")]
    [InlineData("l0¹")]
    public void A_digit_mark_anywhere_but_after_a_figure_leaves_the_cell_unread(string raw) =>
        Assert.Equal(CellStatus.Unreadable, CellValueParser.Parse(raw).Status);

    [Theory]
    [InlineData("80注", true)]
    [InlineData("80（注1）", true)]
    [InlineData("1,362 (注)", true)]
    [InlineData("12*", true)]
    [InlineData("※5", true)]
    [InlineData("80¹", true)]
    [InlineData("80", false)] // a figure, no mark
    [InlineData("注", false)]
    [InlineData("1.本机关不掌握相关政府信息", false)] // an item's label starts with its number
    [InlineData("见注1", false)]
    public void Knows_a_figure_with_a_note_mark(string text, bool marked) =>
        Assert.Equal(marked, CellValueParser.IsMarkedFigure(text));

    [Theory]
    [InlineData("３ | ５", true)] // a figure wrapped in a cell so that it could be two: 35, or 3 and 5
    [InlineData("9 | 1 | 12", true)]
    [InlineData("１５", false)] // one figure
    [InlineData("3 |5", false)] // the reader joins with " | " only
    [InlineData("（四）无法提供 | 3", false)]
    public void Knows_figures_a_reader_kept_apart_in_one_cell(string text, bool pieces)
    {
        Assert.Equal(pieces, CellValueParser.IsFigurePieces(text));
        if (pieces)
            Assert.Equal(CellStatus.Unreadable, CellValueParser.Parse(text).Status); // kept, never read as one number
    }

    [Theory]
    [InlineData("件", true)]
    [InlineData("万元", true)]
    [InlineData("項", true)] // Traditional, folded as the parser folds it
    [InlineData("12件", false)] // a figure, not a unit alone
    [InlineData("件件", false)]
    [InlineData("", false)]
    public void Knows_a_unit_alone(string text, bool unit) => Assert.Equal(unit, CellValueParser.IsUnit(text));
}
