using DocumentFormat.OpenXml.Packaging;
using ReportIngest.Documents;

namespace ReportIngest.Readers.Docx;

/// <summary>Word documents (DOCX) through the Open XML SDK, after the container's limits are checked (<see cref="OfficePackage"/>).</summary>
public sealed class DocxReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Docx;

    public Document Read(SourceDocument source)
    {
        using (OfficePackage.Open(source.Bytes)) { } // limits first: nothing is decompressed before they pass
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(source.Bytes, writable: false), false);
            var body = word.MainDocumentPart?.Document?.Body ?? throw new DocumentReadException("a Word document without a body");
            return new Document(InputFormat.Docx, DocxBlocks.Read(body));
        }
        // InvalidOperationException: the SDK's "specified part does not exist in the package" for a relationship to a missing part
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException or InvalidOperationException)
        {
            throw new DocumentReadException($"not a readable Word document: {e.Message}");
        }
    }
}
