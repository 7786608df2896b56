using ReportIngest.Generator.Variations;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>The documents to generate: the committed sample set, or any number cycling through the variants.</summary>
public static class SampleSets
{
    /// <summary>
    /// The committed sample set: both versions in Markdown and text, two kinds of fault and a filing with blank cells
    /// (1–6); then six web pages (7–12) covering the TRS, Hanweb and generic CMS containers, UTF-8 and GBK with and
    /// without a declared charset, section 三 split three ways, the span quirks of pasted Word grids, blanks,
    /// placeholders, Word markup, full-width digits, thousands separators, money with its unit, and four more kinds of
    /// fault; then four PDFs (13–16) of both versions: rulings as stroked lines, as thin filled rectangles and none at
    /// all, section 三 broken by a page break, the merged 三、本年度办理结果 printed vertically, faux-bold headings, section 四's
    /// header in two rows, tables in 9 and 10.5 pt, blanks, placeholders and three kinds of fault; then four Word
    /// documents (17–20): runs split inside figures and labels, section 三 broken by a page break into two tables,
    /// tracked changes, fields, a content control, merged cells, blanks and placeholders.
    /// </summary>
    public static IReadOnlyList<DocumentSpec> Fixed { get; } =
    [
        new("gen_01_gov2019_clean.md", TemplateVersion.Gov2019, Fault.None, Large: true),
        new("gen_02_gov2021_clean.md", TemplateVersion.Gov2021, Fault.None, Large: true, ThousandsSeparators: true),
        new("gen_03_gov2019_fault.txt", TemplateVersion.Gov2019, Fault.LeafTypo),
        new("gen_04_gov2021_clean.txt", TemplateVersion.Gov2021, Fault.None, Large: true, ThousandsSeparators: true),
        new("gen_05_gov2021_fault.md", TemplateVersion.Gov2021, Fault.ReviewTotalZero),
        new("gen_06_gov2021_blanks.md", TemplateVersion.Gov2021, Fault.None, BlankZeros: true),
        new(
            "gen_07_gov2019_trs_clean.html",
            TemplateVersion.Gov2019,
            Fault.None,
            Large: true,
            ThousandsSeparators: true,
            MoneyUnits: true,
            Html: new(PageEncoding.Utf8, ArticleContainer.Trs, WordMarkup: true, SpanQuirks: true)
        ),
        new(
            "gen_08_gov2021_hanweb_fault.html",
            TemplateVersion.Gov2021,
            Fault.ReviewTotalZero,
            BlankZeros: true,
            Html: new(PageEncoding.GbkDeclared, ArticleContainer.Hanweb, RequestsSplit.RepeatHeader)
        ),
        new(
            "gen_09_gov2021_generic_fault.html",
            TemplateVersion.Gov2021,
            Fault.LeafTypo,
            Placeholders: true,
            Html: new(PageEncoding.GbkUndeclared, ArticleContainer.Generic, FullWidthDigits: true)
        ),
        new(
            "gen_10_gov2019_hanweb_fault.html",
            TemplateVersion.Gov2019,
            Fault.WrongRowTotal,
            Placeholders: true,
            Html: new(PageEncoding.Utf8, ArticleContainer.Hanweb, RequestsSplit.NoHeader, WordMarkup: true)
        ),
        new(
            "gen_11_gov2021_trs_fault.html",
            TemplateVersion.Gov2021,
            Fault.ResultTotalZero,
            Large: true,
            ThousandsSeparators: true,
            MoneyUnits: true,
            Html: new(
                PageEncoding.GbkUndeclared,
                ArticleContainer.Trs,
                RequestsSplit.InTable,
                WordMarkup: true,
                FullWidthDigits: true,
                SpanQuirks: true
            )
        ),
        new(
            "gen_12_gov2019_generic_fault.html",
            TemplateVersion.Gov2019,
            Fault.WrongRowTotal,
            BlankZeros: true,
            Placeholders: true,
            Html: new(PageEncoding.GbkDeclared, ArticleContainer.Generic, WordMarkup: true, FullWidthDigits: true)
        ),
        new(
            "gen_13_gov2019_stroked_fault.pdf",
            TemplateVersion.Gov2019,
            Fault.LeafTypo,
            Large: true,
            ThousandsSeparators: true,
            MoneyUnits: true,
            Pdf: new(PdfRulings.StrokedLines, FauxBold: true)
        ),
        new(
            "gen_14_gov2021_rects_fault.pdf",
            TemplateVersion.Gov2021,
            Fault.ReviewTotalZero,
            BlankZeros: true,
            Pdf: new(PdfRulings.ThinRectangles, VerticalGroupLabels: true, TableFontSize: 10.5)
        ),
        new(
            "gen_15_gov2021_stream_clean.pdf",
            TemplateVersion.Gov2021,
            Fault.None,
            Placeholders: true,
            Pdf: new(PdfRulings.None)
        ),
        new(
            "gen_16_gov2019_stroked_fault.pdf",
            TemplateVersion.Gov2019,
            Fault.ResultTotalZero,
            BlankZeros: true,
            Placeholders: true,
            Pdf: new(PdfRulings.StrokedLines, VerticalGroupLabels: true, FauxBold: true, ReviewTwoHeaderRows: true)
        ),
        new(
            "gen_17_gov2021_split_runs_fault.docx",
            TemplateVersion.Gov2021,
            Fault.LeafTypo,
            Large: true,
            ThousandsSeparators: true,
            Docx: new(SplitRuns: true)
        ),
        new(
            "gen_18_gov2019_page_break_fault.docx",
            TemplateVersion.Gov2019,
            Fault.ReviewTotalZero,
            BlankZeros: true,
            Placeholders: true,
            Docx: new(PageBreakSplit: true, SplitRuns: true)
        ),
        new(
            "gen_19_gov2021_tracked_clean.docx",
            TemplateVersion.Gov2021,
            Fault.None,
            Placeholders: true,
            MoneyUnits: true,
            Docx: new(TrackedChanges: true, FieldsAndControls: true)
        ),
        new(
            "gen_20_gov2019_everything_fault.docx",
            TemplateVersion.Gov2019,
            Fault.WrongRowTotal,
            Large: true,
            BlankZeros: true,
            Docx: new(SplitRuns: true, PageBreakSplit: true, TrackedChanges: true, FieldsAndControls: true)
        ),
    ];

    /// <summary>
    /// <paramref name="count"/> documents: version, format (md, txt, html), fault, size, blanks and separators each
    /// cycle with a different period; the web pages cycle through containers, encodings, splits and markup in turn.
    /// </summary>
    public static IEnumerable<DocumentSpec> Cycling(int count)
    {
        var faults = Enum.GetValues<Fault>();
        var containers = Enum.GetValues<ArticleContainer>();
        var encodings = Enum.GetValues<PageEncoding>();
        var splits = Enum.GetValues<RequestsSplit>();
        for (var i = 0; i < count; i++)
        {
            var version = i % 2 == 0 ? TemplateVersion.Gov2019 : TemplateVersion.Gov2021;
            var extension = (i / 2 % 3) switch
            {
                0 => "md",
                1 => "txt",
                _ => "html",
            };
            var fault = faults[i / 4 % faults.Length];
            var name = $"gen_{i + 1:D5}_{version.ToCode()}_{fault.ToString().ToLowerInvariant()}.{extension}";
            HtmlOptions? html = null;
            if (extension == "html")
            {
                var h = i / 6 * 2 + i % 2; // the how-many-th web page
                html = new HtmlOptions(
                    encodings[h / 2 % encodings.Length],
                    containers[h % containers.Length],
                    splits[h % splits.Length],
                    WordMarkup: h % 2 == 0,
                    FullWidthDigits: h / 3 % 2 == 1,
                    SpanQuirks: h % 5 >= 3
                );
            }
            yield return new DocumentSpec(
                name,
                version,
                fault,
                Large: i % 3 == 0,
                BlankZeros: i % 7 == 3,
                ThousandsSeparators: i % 3 == 1,
                Placeholders: i % 5 == 2,
                MoneyUnits: i % 4 == 1,
                Html: html
            );
        }
    }

    /// <summary>The formats of the variation matrix: name, extension and how the document is printed.</summary>
    public static readonly (string Name, string Extension, PdfOptions? Pdf)[] MatrixFormats =
    [
        ("md", ".md", null),
        ("txt", ".txt", null),
        ("html", ".html", null),
        ("docx", ".docx", null),
        ("pdf-ruled", ".pdf", new PdfOptions(PdfRulings.StrokedLines)),
        ("pdf-unruled", ".pdf", new PdfOptions(PdfRulings.None)),
        ("pdf-lo", ".pdf", new PdfOptions(Producer: PdfProducer.LibreOffice)),
        ("pdf-lo-unruled", ".pdf", new PdfOptions(PdfRulings.None, Producer: PdfProducer.LibreOffice)),
    ];

    /// <summary>
    /// The variation matrix: every single <see cref="Variation"/> in every format it applies to (and the plain
    /// document as the baseline row), <paramref name="perCell"/> documents each, both versions and the faults in turn.
    /// Names are <c>{variation}.{format}--{n}-{version}-{fault}.{ext}</c>; the part before <c>--</c> is the matrix
    /// cell.
    /// </summary>
    public static IEnumerable<DocumentSpec> Matrix(int perCell)
    {
        var containers = Enum.GetValues<ArticleContainer>();
        foreach (var variation in VariationFormats.Each().Prepend(Variation.None))
        foreach (
            var (format, extension, pdf) in Formats()
                .Where(f => variation == Variation.None || VariationFormats.AppliesTo(variation, f.Extension))
        )
            for (var i = 0; i < perCell; i++)
            {
                var version = i % 2 == 0 ? TemplateVersion.Gov2019 : TemplateVersion.Gov2021;
                var fault = MatrixFault(variation, i);
                var name =
                    $"{(variation == Variation.None ? "Plain" : variation.ToString())}.{format}--{i + 1}-{version.ToCode()}-{fault.ToString().ToLowerInvariant()}{extension}";
                yield return new DocumentSpec(
                    name,
                    version,
                    fault,
                    Large: i % 3 == 2,
                    BlankZeros: i % 4 == 3,
                    Placeholders: i % 4 == 1,
                    Html: extension == ".html"
                        ? HtmlOptions.Default with
                        {
                            Container = containers[i % containers.Length],
                        }
                        : null,
                    Pdf: pdf,
                    Variations: variation
                );
            }
    }

    /// <summary>The matrix formats this machine can make: those printed by LibreOffice only where soffice is
    /// installed.</summary>
    private static List<(string Name, string Extension, PdfOptions? Pdf)> Formats() =>
        [.. MatrixFormats.Where(f => f.Pdf is not { Producer: PdfProducer.LibreOffice } || LibreOfficePdf.IsAvailable)];

    private static Fault MatrixFault(Variation variation, int i)
    {
        Fault[] faults =
            variation == Variation.SubtotalColumn
                ? [Fault.SubtotalTypo, Fault.None, Fault.LeafTypo, Fault.WrongRowTotal]
                : [Fault.None, Fault.LeafTypo, Fault.ReviewTotalZero, Fault.ResultTotalZero, Fault.WrongRowTotal];
        return faults[i % faults.Length];
    }

    /// <summary>The last variation of the set the combinations were first drawn from.</summary>
    private const Variation FirstSetLast = Variation.SpaceAligned;

    /// <summary>The seed of the stream each later variation is drawn from is the combinations' seed plus this times its
    /// place among them, from 1.</summary>
    private const int LaterVariationsStream = 7919;

    /// <summary>
    /// <paramref name="count"/> documents of random combinations: each variation on with probability 0.3, a random
    /// format of the matrix, fault, size, blanks, placeholders, separators and units, and random web page, PDF and Word
    /// options.
    /// </summary>
    public static IEnumerable<DocumentSpec> Combinations(int count, int seed)
    {
        var random = new Random(seed);
        // each variation added after the first set is drawn from a stream of its own, so that a seed keeps its
        // documents (and the tests and measurements made on them) as the set grows
        var each = VariationFormats.Each().Where(v => v <= FirstSetLast).ToArray();
        var added = VariationFormats
            .Each()
            .Where(v => v > FirstSetLast)
            .Select((v, k) => (Variation: v, Stream: new Random(seed + (k + 1) * LaterVariationsStream)))
            .ToArray();
        for (var i = 0; i < count; i++)
        {
            var variations = each.Where(_ => random.NextDouble() < 0.3)
                .Concat(added.Where(a => a.Stream.NextDouble() < 0.3).Select(a => a.Variation))
                .Aggregate(Variation.None, (a, v) => a | v);
            var formats = Formats();
            var (format, extension, chosen) = formats[random.Next(formats.Count)];
            var version = random.Next(2) == 0 ? TemplateVersion.Gov2019 : TemplateVersion.Gov2021;
            var faults = Enum.GetValues<Fault>()
                .Where(f => f != Fault.SubtotalTypo || variations.HasFlag(Variation.SubtotalColumn))
                .ToArray();
            var fault = faults[random.Next(faults.Length)];
            HtmlOptions? html =
                extension != ".html"
                    ? null
                    : new HtmlOptions(
                        Enum.GetValues<PageEncoding>()[random.Next(3)],
                        Enum.GetValues<ArticleContainer>()[random.Next(3)],
                        Enum.GetValues<RequestsSplit>()[random.Next(4)],
                        WordMarkup: random.Next(2) == 0,
                        FullWidthDigits: random.Next(3) == 0,
                        SpanQuirks: random.Next(3) == 0
                    );
            PdfOptions? pdf =
                extension != ".pdf" ? null
                : chosen!.Producer == PdfProducer.LibreOffice ? chosen
                : new PdfOptions(
                    format == "pdf-unruled" ? PdfRulings.None
                        : random.Next(2) == 0 ? PdfRulings.StrokedLines
                        : PdfRulings.ThinRectangles,
                    VerticalGroupLabels: random.Next(2) == 0,
                    FauxBold: random.Next(2) == 0,
                    ReviewTwoHeaderRows: random.Next(3) == 0,
                    TableFontSize: random.Next(2) == 0 ? 9 : 10.5
                );
            DocxOptions? docx =
                extension != ".docx"
                    ? null
                    : new DocxOptions(
                        random.Next(2) == 0,
                        random.Next(2) == 0,
                        random.Next(3) == 0,
                        random.Next(3) == 0
                    );
            var name =
                $"combo.{format}--{i + 1:D4}-{version.ToCode()}-{fault.ToString().ToLowerInvariant()}{extension}";
            yield return new DocumentSpec(
                name,
                version,
                fault,
                Large: random.Next(3) == 0,
                BlankZeros: random.Next(4) == 0,
                ThousandsSeparators: random.Next(3) == 0,
                Placeholders: random.Next(4) == 0,
                MoneyUnits: random.Next(3) == 0,
                Html: html,
                Pdf: pdf,
                Docx: docx,
                Variations: variations
            );
        }
    }
}
