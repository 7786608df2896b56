using System.Text;
using ReportIngest.Generator.Variations;

namespace ReportIngest.Generator;

/// <summary>Generates one document and its truth file from a <see cref="DocumentSpec"/>; the seed and the document's
/// index fix every figure.</summary>
public static class DocumentGenerator
{
    /// <summary>Rows of section 三 whose zeros print blank in a <see cref="DocumentSpec.BlankZeros"/>
    /// document.</summary>
    private const int BlankRows = 8;

    /// <summary>Rows of section 三 whose zeros print as placeholders in a <see cref="DocumentSpec.Placeholders"/>
    /// document.</summary>
    private const int PlaceholderRows = 4;

    /// <summary>Enough draws to find a report that the blanks and the fault can apply to (figures that are not all
    /// 0).</summary>
    private const int MaxAttempts = 1000;

    /// <param name="libreOffice">Collects the Word documents LibreOffice is to print, for a PDF of that producer;
    /// required only for such PDFs.</param>
    public static void Write(DocumentSpec spec, int seed, int index, string folder, LibreOfficePdf? libreOffice = null)
    {
        var random = new Random(unchecked(seed * 10_007 + index));
        var factory = new ReportFactory(random);
        var extension = Path.GetExtension(spec.FileName);
        var variations = VariationFormats.For(spec.Variations, extension);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var report = factory.Create(spec.Version, spec.Large) with { Style = new PrintStyle(variations, random) };
            report = VariationFigures.WithYear(report, random);
            IReadOnlyList<string>? blanked = spec.BlankZeros ? ZeroBlanker.TryApply(report, random, BlankRows) : [];
            if (blanked is null)
                continue;
            IReadOnlyList<string>? placeheld = spec.Placeholders
                ? ZeroPlaceholders.TryApply(report, random, PlaceholderRows)
                : [];
            if (placeheld is null)
                continue;
            var variationNotes = VariationFigures.Apply(report, random);
            if (FaultInjector.TryApply(report, spec.Fault, random) is not { } fault)
                continue;
            variationNotes.AddRange(VariationFigures.AddExtras(report, random));
            if (spec.Fault == Fault.SubtotalTypo)
            {
                if (FaultInjector.MistypeSubtotal(report, random) is not { } subtotalFault)
                    continue;
                fault = subtotalFault;
            }

            var path = Path.Combine(folder, spec.FileName);
            var formatter = new CellFormatter(spec.ThousandsSeparators, spec.MoneyUnits)
            {
                FullWidthDigits = variations.HasFlag(Variation.FullWidthDigits),
                CountUnits = variations.HasFlag(Variation.CountUnits),
                SignedDeltas = variations.HasFlag(Variation.SignedDeltas)
                    ? (random.Next(2) == 0 ? DeltaStyle.Sign : DeltaStyle.Words)
                    : DeltaStyle.Plain,
            };
            var notes = Notes(spec, seed, index, fault, blanked, placeheld);
            if (variations != Variation.None)
                notes.Add($"variations: {variations}");
            notes.AddRange(variationNotes);
            PageMetadata? page = null;
            byte[] bytes;
            switch (extension)
            {
                case ".txt":
                    bytes = Utf8.GetBytes(TextRenderer.Render(report, formatter));
                    break;
                case ".md":
                    bytes = Utf8.GetBytes(MarkdownRenderer.Render(report, formatter));
                    break;
                case ".html":
                    var options = spec.Html ?? HtmlOptions.Default;
                    page = PageMetadata.Create(report, options.Container, random);
                    notes.AddRange(HtmlNotes(options));
                    bytes = HtmlRenderer.Render(report, formatter, options, page, notes);
                    break;
                case ".pdf" when spec.Pdf is { Producer: PdfProducer.LibreOffice } printed:
                    var docx = DocxOptions.Default with { Borderless = printed.Rulings == PdfRulings.None };
                    notes.Add(
                        $"PDF printed by LibreOffice from the Word document{(docx.Borderless ? ", its tables without borders (no ruling)" : "")}"
                    );
                    (
                        libreOffice
                        ?? throw new ArgumentNullException(
                            nameof(libreOffice),
                            "a PDF printed by LibreOffice needs the batch to print it"
                        )
                    ).Queue(DocxRenderer.Render(report, formatter, docx, notes, random), path);
                    bytes = [];
                    break;
                case ".pdf":
                    bytes = PdfRenderer.Render(report, formatter, spec.Pdf ?? PdfOptions.Default, notes);
                    break;
                case ".docx":
                    bytes = DocxRenderer.Render(report, formatter, spec.Docx ?? DocxOptions.Default, notes, random);
                    break;
                default:
                    throw new ArgumentException(
                        $"{spec.FileName}: the extension must be .md, .txt, .html, .pdf or .docx",
                        nameof(spec)
                    );
            }
            if (bytes.Length > 0)
                File.WriteAllBytes(path, bytes);
            TruthWriter.Write(path, report, TruthFindings.Evaluate(report), notes, page);
            return;
        }
        throw new InvalidOperationException(
            $"{spec.FileName}: no report in {MaxAttempts} draws fits fault {spec.Fault}"
        );
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static List<string> Notes(
        DocumentSpec spec,
        int seed,
        int index,
        string fault,
        IReadOnlyList<string> blanked,
        IReadOnlyList<string> placeheld
    )
    {
        List<string> notes =
        [
            $"generated by scripts/ReportIngest.Generator, seed {seed}, document {index}, fault: {fault}",
        ];
        if (blanked.Count > 0)
            notes.Add($"zeros printed as blank cells in s3 rows: {string.Join(", ", blanked)}");
        if (placeheld.Count > 0)
            notes.Add(
                $"zeros printed as placeholders ({string.Join(" ", ZeroPlaceholders.Marks)}), truth null: {string.Join(", ", placeheld)}"
            );
        if (spec.ThousandsSeparators)
            notes.Add("counts of 1000 and more printed with thousands separators");
        if (spec.MoneyUnits)
            notes.Add("money printed with its unit in the cell (元, 万元)");
        return notes;
    }

    private static IEnumerable<string> HtmlNotes(HtmlOptions options)
    {
        yield return "HTML page: "
            + options.Container switch
            {
                ArticleContainer.Trs => "TRS CMS, article in div.article_content > div.TRS_Editor",
                ArticleContainer.Hanweb => "Hanweb CMS, table layout, article in div#zoom",
                _ => "generic CMS, article in nested divs with no known class or id",
            }
            + "; disclosure metadata block (索引号, 发布机构, 发文/成文日期, 文号, 分类) outside the article";
        yield return "encoding: "
            + options.Encoding switch
            {
                PageEncoding.Utf8 => "UTF-8, <meta charset=\"utf-8\">",
                PageEncoding.GbkDeclared => "GBK bytes, charset=gbk declared in <meta http-equiv=\"Content-Type\">",
                _ => "GBK bytes, no charset declared anywhere",
            };
        if (options.WordMarkup)
            yield return "Word markup: labels broken by <br> or split across spans and paragraphs, headings split across spans, &nbsp; runs, <o:p>, <font>";
    }
}
