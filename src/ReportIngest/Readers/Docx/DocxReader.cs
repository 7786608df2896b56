using DocumentFormat.OpenXml.Packaging;
using ReportIngest.Documents;

namespace ReportIngest.Readers.Docx;

/// <summary>Word documents (DOCX) through the Open XML SDK, after the container's limits are checked (<see
/// cref="OfficePackage"/>).</summary>
public sealed class DocxReader : IDocumentReader
{
    public InputFormat Format => InputFormat.Docx;

    public Document Read(SourceDocument source)
    {
        using (var package = OfficePackage.Open(source.Bytes)) // limits first: nothing is decompressed before they pass
            RefuseDeepNesting(package);
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(source.Bytes, writable: false), false);
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException("a Word document without a body");
            return new Document(InputFormat.Docx, DocxBlocks.Read(body));
        }
        // InvalidOperationException: the SDK's "specified part does not exist in the package" for a relationship to a
        // missing part
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or InvalidDataException
                        or System.Xml.XmlException
                        or IOException
                        or FormatException
                        or InvalidOperationException
            )
        {
            throw new DocumentReadException($"not a readable Word document: {e.Message}");
        }
    }

    /// <summary>
    /// The main part's XML nesting, measured while streaming it: the SDK builds its element tree recursively, so
    /// thousands of nested elements (20,000 <c>w:sdt</c>) overflow the stack and kill the process before any check on
    /// the built tree could run.
    /// </summary>
    private static void RefuseDeepNesting(System.IO.Compression.ZipArchive package)
    {
        const int maxXmlDepth = 4 * DocxBlocks.MaxDepth; // a paragraph's run text already sits ~6 levels below the body
        var main = package.GetEntry("word/document.xml")
            ?? package.Entries.FirstOrDefault(e =>
                e.FullName.EndsWith("/document.xml", StringComparison.OrdinalIgnoreCase)
            );
        if (main is null)
            return; // the SDK names what is missing
        try
        {
            using var reader = System.Xml.XmlReader.Create(
                main.Open(),
                new System.Xml.XmlReaderSettings
                {
                    DtdProcessing = System.Xml.DtdProcessing.Prohibit,
                    XmlResolver = null,
                }
            );
            while (reader.Read())
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.Depth > maxXmlDepth)
                    throw new DocumentReadException(
                        $"Word content nested more than {maxXmlDepth} XML levels deep: refused"
                    );
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException)
        {
            throw new DocumentReadException($"not a readable Word document: {e.Message}");
        }
    }
}
