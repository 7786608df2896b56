using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportIngest.Generator;
using ReportIngest.Templates;

namespace ReportIngest.Tests.Corpus;

/// <summary>
/// What the generator's web pages must be for their truth to hold: the encoding variants differ in their bytes
/// only, every Word table is a proper grid once its spans are laid out, and the truth repeats the page's meta tags.
/// </summary>
public class HtmlPageTests
{
    private static readonly Encoding Gbk = StrictGbk();

    private static Encoding StrictGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static byte[] Page(string folder, PageEncoding encoding)
    {
        var spec = new DocumentSpec(
            "page.html",
            TemplateVersion.Gov2021,
            Fault.None,
            Placeholders: true,
            Html: new HtmlOptions(
                encoding,
                ArticleContainer.Generic,
                RequestsSplit.NoHeader,
                WordMarkup: true,
                FullWidthDigits: true
            )
        );
        DocumentGenerator.Write(spec, seed: 3, index: 1, folder);
        return File.ReadAllBytes(Path.Combine(folder, "page.html"));
    }

    [Fact]
    public void A_GBK_page_without_charset_is_not_UTF8_and_reads_as_GBK_to_the_UTF8_page_without_its_charset()
    {
        using var utf8Folder = new TempFolder();
        using var gbkFolder = new TempFolder();
        var utf8 = Page(utf8Folder.Path, PageEncoding.Utf8);
        var gbk = Page(gbkFolder.Path, PageEncoding.GbkUndeclared);

        Assert.False(System.Text.Unicode.Utf8.IsValid(gbk));
        Assert.DoesNotContain("charset", Encoding.Latin1.GetString(gbk), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Encoding.UTF8.GetString(utf8).Replace("<meta charset=\"utf-8\">\n", ""), Gbk.GetString(gbk));
        Assert.Equal(
            File.ReadAllText(Path.Combine(utf8Folder.Path, "page.html.truth.json")),
            File.ReadAllText(Path.Combine(gbkFolder.Path, "page.html.truth.json"))
                .Replace("GBK bytes, no charset declared anywhere", "UTF-8, <meta charset=\\\"utf-8\\\">")
        );
    }

    [Fact]
    public void A_declared_GBK_page_says_so_in_its_Content_Type_meta_tag()
    {
        using var folder = new TempFolder();
        var text = Gbk.GetString(Page(folder.Path, PageEncoding.GbkDeclared));
        Assert.Contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">", text);
    }

    public static TheoryData<string> GeneratedPages() =>
        [
            .. Directory
                .GetFiles(Path.Combine(TestPaths.Corpus, "generated"), "*.html")
                .Select(f => Path.GetFileName(f))
                .Order(),
        ];

    [Theory]
    [MemberData(nameof(GeneratedPages))]
    public void Every_table_of_a_generated_page_is_a_full_grid_and_the_truth_repeats_the_meta_tags(string name)
    {
        var path = Path.Combine(TestPaths.Corpus, "generated", name);
        var bytes = File.ReadAllBytes(path);
        var page = new HtmlParser().ParseDocument(
            System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Gbk.GetString(bytes)
        );

        foreach (
            var table in page.QuerySelectorAll("table")
                .OfType<IHtmlTableElement>()
                .Where(t => t.QuerySelector("table") is null)
        )
        {
            var widths = RowWidths(table);
            Assert.True(
                widths.Distinct().Count() == 1,
                $"{name}: a table whose rows span {string.Join("/", widths)} grid columns"
            );
        }

        using var truth = JsonDocument.Parse(File.ReadAllBytes(path + ".truth.json"));
        string Meta(string tag) => page.QuerySelector($"meta[name={tag}]")!.GetAttribute("content")!;
        Assert.Equal(Meta("ArticleTitle"), truth.RootElement.GetProperty("title").GetString());
        Assert.Equal(Meta("PubDate"), truth.RootElement.GetProperty("published_on").GetString());
        Assert.Equal(Meta("Url"), truth.RootElement.GetProperty("source_url").GetString());
    }

    /// <summary>How many grid columns each row covers once rowspans and colspans are laid out.</summary>
    private static List<int> RowWidths(IHtmlTableElement table)
    {
        var covered = new HashSet<(int Row, int Col)>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var col = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (covered.Contains((r, col)))
                    col++;
                for (var dr = 0; dr < cell.RowSpan; dr++)
                for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    covered.Add((r + dr, col + dc));
                col += cell.ColumnSpan;
            }
        }
        return [.. Enumerable.Range(0, rows.Count).Select(r => covered.Where(c => c.Row == r).Max(c => c.Col) + 1)];
    }
}
