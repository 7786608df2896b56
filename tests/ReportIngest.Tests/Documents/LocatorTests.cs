using System.Text.Json;
using ReportIngest.Documents;

namespace ReportIngest.Tests.Documents;

public class LocatorTests
{
    [Fact]
    public void A_box_on_a_page_reads_as_the_contract_writes_it_and_keeps_its_exact_corners()
    {
        var locator = Locator.OnPage(3, new CellBox(72.04, 500.96, 120.5, 512.25));

        Assert.Equal("p3:72,501,120.5,512.3", locator.Text); // to a tenth of a point, halves away from zero
        Assert.Equal(3, locator.Page);
        Assert.Equal(new CellBox(72.04, 500.96, 120.5, 512.25), locator.Box);
    }

    [Theory]
    [InlineData("p12:72,501,120.5,512.2", 12, true)]
    [InlineData("p4", 4, false)]
    [InlineData("table[2]/tr[5]/td[3]", null, false)]
    [InlineData("tbl[1]/tr[3]/tc[3]", null, false)]
    [InlineData("L9", null, false)]
    [InlineData("L3/table[1]/tr[2]/td[1]", null, false)]
    [InlineData("p4:0", null, false)] // no box: not a page locator
    public void A_locator_read_back_from_its_text_says_the_same_and_knows_its_page(string text, int? page, bool hasBox)
    {
        var locator = Locator.Parse(text);

        Assert.Equal((text, page, hasBox), (locator.Text, locator.Page, locator.Box is not null));
    }

    [Fact]
    public void Lines_and_paths_read_as_the_contract_writes_them()
    {
        Assert.Equal("L12", Locator.AtLine(12).Text);
        Assert.Equal("table[1]/tr[2]/td[3]", Locator.AtPath("table[1]/tr[2]/td[3]").Text);
        Assert.Equal(("", false), (Locator.None.Text, Locator.None.IsKnown));
        Assert.Equal(Locator.OnPage(130), Locator.Parse("p130")); // past the pages made once
    }

    [Fact]
    public void Two_locators_are_equal_when_they_read_the_same()
    {
        var measured = Locator.OnPage(1, new CellBox(10.01, 20, 30, 40));
        var readBack = Locator.Parse(measured.Text);

        Assert.Equal(measured, readBack);
        Assert.Equal(measured.GetHashCode(), readBack.GetHashCode());
        Assert.NotEqual(measured, Locator.OnPage(1, new CellBox(10.2, 20, 30, 40)));
    }

    [Fact]
    public void In_json_a_locator_is_its_text()
    {
        var locator = Locator.OnPage(2, new CellBox(1, 2, 3, 4));

        var json = JsonSerializer.Serialize(locator);
        var back = JsonSerializer.Deserialize<Locator>(json);

        Assert.Equal("\"p2:1,2,3,4\"", json);
        Assert.Equal((locator, 2), (back, back.Page));
    }
}
