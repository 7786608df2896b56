using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace ReportIngest.Bench;

/// <summary>A long PDF made of a real report's pages repeated: to check that memory does not grow with the page
/// count.</summary>
internal static class LongPdf
{
    public static void Write(string source, int pages, string output)
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(source));
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
            builder.AddPage(pdf, i % pdf.NumberOfPages + 1);
        File.WriteAllBytes(output, builder.Build());
        Console.WriteLine($"{output}: {pages} pages from {source} ({pdf.NumberOfPages} pages)");
    }
}
