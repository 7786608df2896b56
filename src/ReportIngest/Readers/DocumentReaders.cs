using ReportIngest.Documents;
using ReportIngest.Readers.Docx;
using ReportIngest.Readers.Html;
using ReportIngest.Readers.Markdown;
using ReportIngest.Readers.Pdf;
using ReportIngest.Readers.Text;

namespace ReportIngest.Readers;

/// <summary>The readers, chosen by the format detected from content. Assembled once; immutable.</summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyDictionary<InputFormat, IDocumentReader> _readers;

    public DocumentReaders(IEnumerable<IDocumentReader> readers) => _readers = readers.ToDictionary(r => r.Format);

    public static DocumentReaders Default { get; } =
        new([
            new MarkdownReader(),
            new PlainTextReader(),
            new HtmlReader(),
            new PdfReader(),
            new DocxReader(),
            new DocReader(new DocxReader()),
        ]);

    public Document Read(SourceDocument source)
    {
        if (!FormatDetector.IsContainer(source.Bytes) && ReportIngest.Text.WideUnicode.ToUtf8(source.Bytes) is { } utf8)
            source = source.Reencoded(utf8);
        var format = FormatDetector.Detect(source.Bytes);
        return _readers.TryGetValue(format, out var reader)
            ? reader.Read(source)
            : throw new DocumentReadException($"no reader for {format} documents");
    }
}
