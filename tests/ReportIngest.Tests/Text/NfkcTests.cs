using System.Text;
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

    /// <summary>
    /// The characters normalised without the runtime's call are normalised as it does: each character of the fast
    /// path alone, and after a character that composes with what follows it (a combining mark after one must still
    /// reach the runtime's normalisation).
    /// </summary>
    [Fact]
    public void The_fast_path_agrees_with_the_runtime_on_every_character_it_covers()
    {
        var covered = Enumerable
            .Range(0, 0x10000)
            .Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && (Nfkc.IsStable(c) || Nfkc.Mapped(c) is not null))
            .ToList();
        Assert.True(covered.Count > 20_000, "the ASCII, the unified ideographs and the full-width forms are covered");
        Assert.All(covered, c =>
            Assert.Equal(c.ToString().Normalize(NormalizationForm.FormKC), Nfkc.Normalize(c.ToString()))
        );
        Assert.All(covered, c =>
            Assert.Equal((c + "\u0301").Normalize(NormalizationForm.FormKC), Nfkc.Normalize(c + "\u0301"))
        );
        Assert.Equal(
            "（一）予以公开　１２件".Normalize(NormalizationForm.FormKC),
            Nfkc.Normalize("（一）予以公开　１２件")
        );
        // a Kangxi radical and an ellipsis go to the runtime
        Assert.Equal("⼀、本年新收…".Normalize(NormalizationForm.FormKC), Nfkc.Normalize("⼀、本年新收…"));
    }
}
