using ReportIngest.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using Document = ReportIngest.Documents.Document;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// PDF through PdfPig, one page at a time so that memory stays bounded on long documents. ActualText is used where
/// the producer wrote it (Chromium puts the right character there for glyphs it otherwise maps to radical
/// look-alikes). A document protected by a user password, or too damaged to open, is refused with the reason.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    /// <summary>No annual report has this many pages; a document that claims more is refused before any page is
    /// read.</summary>
    public const int MaxPages = 2_000;

    public InputFormat Format => InputFormat.Pdf;

    public Document Read(SourceDocument source)
    {
        using var pdf = Open(source.Bytes);
        if (pdf.NumberOfPages > MaxPages)
            throw new DocumentReadException($"a PDF of {pdf.NumberOfPages:N0} pages (limit {MaxPages:N0}): refused");
        var style = new ProducerStyle();
        var (blocks, images, marks) = ReadPages(pdf, style);
        // tables read before a later one showed the cells set at their top were read as centred: read again knowing it
        if (style is { Alignment: CellAlignment.Top, AlignmentAssumed: true })
            (blocks, images, marks) = ReadPages(pdf, new ProducerStyle { Alignment = CellAlignment.Top });
        return new Document(
            Format,
            NoteMarkGlyphs.Attach(PageContinuation.Join(blocks), marks),
            new PageInfo(new Dictionary<string, string>(), [], images)
        );
    }

    private static (List<DocumentBlock> Blocks, int Images, List<PageNoteMark> Marks) ReadPages(
        PdfDocument pdf,
        ProducerStyle style
    )
    {
        var blocks = new List<DocumentBlock>();
        var marks = new List<PageNoteMark>();
        var images = 0;
        PageFoot? foot = null;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            var content = ReadPage(pdf, number, style, foot);
            // lines at the previous page's foot that this page's table took as its header are no text of their own
            if (foot is not null && foot.Taken.Count > 0)
            {
                var taken = foot.TakenBlocks.ToHashSet(ReferenceEqualityComparer.Instance);
                blocks.RemoveAll(taken.Contains);
            }
            blocks.AddRange(content.Blocks);
            images += content.Images;
            marks.AddRange(content.Marks);
            foot = content.Foot;
        }
        return (blocks, images, marks);
    }

    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(
                bytes,
                new ParsingOptions { UseActualText = true, FilterProvider = BoundedFilterProvider.Instance }
            );
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException("password-protected PDF: it cannot be opened without the user password");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException($"damaged PDF, cannot be opened: {OneLine(e.Message)}");
        }
    }

    private static PdfPageContent ReadPage(PdfDocument pdf, int number, ProducerStyle style, PageFoot? previousFoot)
    {
        try
        {
            return PdfPageReader.Read(pdf.GetPage(number), number, style, previousFoot);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or DocumentReadException))
        {
            // PdfPig's errors are the file's; any other is this reader's own, named as such so that it gets fixed
            var thrower = Thrower(e);
            throw thrower?.DeclaringType?.Namespace?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) == true
                ? new DocumentReadException($"damaged PDF, page {number} cannot be read: {OneLine(e.Message)}", e)
                : new DocumentReadException(
                    $"internal error while reading page {number} ({e.GetType().Name} in {thrower?.DeclaringType?.Name}.{thrower?.Name}): {OneLine(e.Message)}",
                    e
                )
                {
                    Internal = true,
                };
        }
    }

    /// <summary>
    /// The innermost method of PdfPig or of this program the exception came from; runtime helpers (ThrowHelper,
    /// List indexers) are passed over, as they throw on behalf of their caller.
    /// </summary>
    private static System.Reflection.MethodBase? Thrower(Exception e) =>
        new System.Diagnostics.StackTrace(e)
            .GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m =>
                m?.DeclaringType?.Namespace is { } ns
                && (
                    ns.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal)
                    || ns.StartsWith("ReportIngest", StringComparison.Ordinal)
                )
            );

    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
