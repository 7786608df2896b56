using System.Text;
using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Ingestion;
using ReportIngest.Tests.Reporting;
using ReportIngest.Text;

namespace ReportIngest.Tests.Extraction;

/// <summary>
/// A note's mark after a figure (80<c>&lt;sup&gt;1&lt;/sup&gt;</c>): a bundled page with marks added after the first
/// figures of section 三's first row stores every cell as the unmarked page does, the marked ones with the mark in their
/// raw text. Read as digits, the marks made 2,8901 and 2081.
/// </summary>
public partial class NoteMarkTests
{
    [Fact]
    public void Figures_with_a_note_mark_store_the_same_values_and_keep_the_mark_in_their_text()
    {
        var (plain, withMarks, changed) = MarkTwoFigures("<sup>1</sup>");
        Assert.Equal(["s3.new_received.commercial", "s3.new_received.natural_person"], changed);
        Assert.All(changed, key => Assert.Equal(plain[key] with { Raw = plain[key].Raw + "¹" }, withMarks[key]));
    }

    /// <summary>
    /// A note referred to in words after a figure (2,890注) is not read past: those cells are unreadable with their
    /// text, and the row's other figures are read (before, the marked cell joined the row's label and the row was
    /// lost).
    /// </summary>
    [Fact]
    public void Figures_with_a_note_in_words_are_unreadable_and_the_rest_of_their_row_is_read()
    {
        var (plain, withMarks, changed) = MarkTwoFigures("注");
        Assert.Equal(["s3.new_received.commercial", "s3.new_received.natural_person"], changed);
        Assert.All(changed, key =>
            Assert.Equal((CellStatus.Unreadable, (decimal?)null, plain[key].Raw + "注"), withMarks[key])
        );
    }

    /// <summary>
    /// The same pages printed to PDF by Chromium, which sets a superscript at 83% of the figure's size, raised by 40%
    /// of it: the mark is a separate glyph that would otherwise join the figure's line (801) or stand on a line of its
    /// own.
    /// </summary>
    [SkippableFact]
    public void A_raised_mark_printed_to_pdf_by_a_browser_is_read_as_its_figures_mark()
    {
        Chromium.Require();
        var (plain, withMarks, changed) = MarkTwoFigures("<sup>1</sup>", Printed);
        Assert.Equal(["s3.new_received.commercial", "s3.new_received.natural_person"], changed);
        Assert.All(changed, key => Assert.Equal(plain[key] with { Raw = plain[key].Raw + "¹" }, withMarks[key]));
        Assert.All(plain.Values, cell => Assert.Equal(CellStatus.Value, cell.Status));
    }

    /// <summary>The facts of a bundled page, and of the page with <paramref name="mark"/> after the first two figures
    /// of section 三's first row; the keys that differ.</summary>
    private static (
        Dictionary<string, (CellStatus Status, decimal? Value, string Raw)> Plain,
        Dictionary<string, (CellStatus Status, decimal? Value, string Raw)> Marked,
        List<string> Changed
    ) MarkTwoFigures(string mark, Func<string, SourceDocument>? asDocument = null)
    {
        asDocument ??= page => new SourceDocument("page.html", Encoding.UTF8.GetBytes(page));
        var path = Path.Combine(TestPaths.Corpus, "generated", "gen_07_gov2019_trs_clean.html");
        var page = File.ReadAllText(path, Encoding.UTF8);
        var row = page.IndexOf("年新收政府信息公开申请数量", StringComparison.Ordinal);
        var marked = 0;
        var tail = FigureCell()
            .Replace(page[row..], m =>
                marked++ < 2
                    ? m.Groups["open"].Value + m.Groups["figure"].Value + mark + m.Groups["close"].Value
                    : m.Value
            );
        Assert.True(marked >= 2, "two figures marked");
        var plain = Facts(asDocument(page));
        var withMarks = Facts(asDocument(page[..row] + tail));
        return (plain, withMarks, plain.Keys.Where(key => withMarks[key] != plain[key]).Order().ToList());
    }

    /// <summary>The page printed to PDF by headless Chromium.</summary>
    private static SourceDocument Printed(string page)
    {
        using var folder = new TempFolder();
        var (html, pdf) = (Path.Combine(folder.Path, "page.html"), Path.Combine(folder.Path, "page.pdf"));
        File.WriteAllText(html, page, Encoding.UTF8);
        Chromium.PrintToPdf(html, pdf);
        return new SourceDocument("page.pdf", File.ReadAllBytes(pdf));
    }

    private static Dictionary<string, (CellStatus Status, decimal? Value, string Raw)> Facts(SourceDocument document) =>
        DocumentProcessor
            .Default.Process(document)
            .Report.Facts.ToDictionary(f => f.Key, f => (f.Status, f.Value, f.Raw));

    [GeneratedRegex(@"(?<open><td[^>]*>(?:<p[^>]*>)?(?:<span[^>]*>)?)(?<figure>[\d,]+)(?<close></span>|</td>)")]
    private static partial Regex FigureCell();
}
