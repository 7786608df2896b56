using ReportIngest.Generator;
using ReportIngest.Generator.Variations;
using ReportIngest.Templates;
using UglyToad.PdfPig;

namespace ReportIngest.Tests.Generator;

/// <summary>
/// The generator's PDF writer: CJK text in a font that is not embedded (Type0, Identity-H, widths only, ToUnicode)
/// must read back through PdfPig as the same characters, at the positions and size it was set.
/// </summary>
public class PdfWriterTests
{
    [Fact]
    public void A_line_of_CJK_text_and_digits_reads_back_as_its_characters_at_their_positions()
    {
        const string line = "第二十条第（一）项：2021年12,345元";
        const double x = 100,
            baseline = 700,
            size = 16;
        var pdf = new PdfWriter();
        pdf.AddPage().Text(PdfFont.Body, size, x, baseline, line);

        using var document = PdfDocument.Open(pdf.Build("t", new DateOnly(2025, 1, 20)));
        var page = document.GetPage(1);
        var letters = page.Letters;

        Assert.Equal((595d, 842d), (page.Width, page.Height));
        Assert.Equal(line, string.Concat(letters.Select(l => l.Value)));
        var start = x;
        foreach (var (letter, ch) in letters.Zip(line))
        {
            var advance = ch < 128 ? size / 2 : size; // ASCII 500, everything else 1000 thousandths of the size
            Assert.Equal(start, letter.StartBaseLine.X, 3);
            Assert.Equal(start + advance, letter.EndBaseLine.X, 3);
            Assert.Equal(baseline, letter.StartBaseLine.Y, 3);
            Assert.Equal(size, letter.PointSize, 3);
            start += advance;
        }
    }

    [Fact]
    public void Character_spacing_moves_every_later_glyph_and_ends_with_its_line()
    {
        var pdf = new PdfWriter();
        var canvas = pdf.AddPage();
        canvas.Text(PdfFont.Body, 10, 50, 700, "政务公开", charSpacing: 2);
        canvas.Text(PdfFont.Table, 10, 50, 680, "信息");

        using var document = PdfDocument.Open(pdf.Build("t", new DateOnly(2025, 1, 20)));
        var letters = document.GetPage(1).Letters;

        Assert.Equal([50, 62, 74, 86, 50, 60], letters.Select(l => Math.Round(l.StartBaseLine.X, 3)));
        Assert.Equal("政务公开信息", string.Concat(letters.Select(l => l.Value)));
    }

    [Fact]
    public void A_rendered_report_is_a4_with_its_title_headings_and_page_numbers()
    {
        using var folder = new TempFolder();
        DocumentGenerator.Write(
            new DocumentSpec(
                "r.pdf",
                TemplateVersion.Gov2021,
                Fault.None,
                Pdf: new(PdfRulings.ThinRectangles, VerticalGroupLabels: true)
            ),
            seed: 3,
            index: 1,
            folder.Path
        );

        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(folder.Path, "r.pdf")));
        var pages = document.GetPages().ToList();
        var text = string.Concat(pages.Select(p => string.Concat(p.Letters.Select(l => l.Value))));

        Assert.All(pages, p => Assert.Equal((595d, 842d), (p.Width, p.Height)));
        Assert.Contains("政府信息公开工作年度报告", text);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains("第二十条第（八）项", text);
        for (var n = 1; n <= pages.Count; n++)
            Assert.Equal(
                $"-{n}-",
                string.Concat(pages[n - 1].Letters.Where(l => l.StartBaseLine.Y < 60).Select(l => l.Value))
                    .Replace(" ", "")
            );
    }

    [Fact]
    public void With_repeated_headers_section_three_is_headed_again_on_every_page_it_runs_onto()
    {
        using var folder = new TempFolder();
        DocumentGenerator.Write(
            new DocumentSpec(
                "r.pdf",
                TemplateVersion.Gov2019,
                Fault.None,
                Pdf: new(PdfRulings.StrokedLines),
                Variations: Variation.RepeatedHeaders
            ),
            seed: 3,
            index: 1,
            folder.Path
        );

        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(folder.Path, "r.pdf")));
        var pages = document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
        var first = pages.FindIndex(p => p.Contains("一、本年新收"));
        var last = pages.FindIndex(p => p.Contains("四、结转下年度继续办理"));

        Assert.True(last > first, "section 三 runs onto a later page");
        Assert.All(pages[first..(last + 1)], page => Assert.Contains("申请人情况", page));
    }
}
