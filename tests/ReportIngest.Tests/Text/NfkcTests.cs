using ReportIngest.Text;

namespace ReportIngest.Tests.Text;

public class NfkcTests
{
    // literals, not attribute arguments: attributes store strings as UTF-8, which cannot hold a lone surrogate
    [Fact]
    public void Text_normalises_even_with_invalid_code_units()
    {
        Assert.Equal("12\uFFFD件", Nfkc.Normalize("１２\uDC00件")); // a lone low surrogate from a damaged PDF font map
        Assert.Equal("(三)\uFFFD不予公开", Nfkc.Normalize("（三）\uD800不予公开")); // a lone high surrogate
        Assert.Equal("12件", Nfkc.Normalize("１２件"));
    }
}
