using AngleSharp.Html.Parser;
using ReportIngest.Documents;
using UglyToad.PdfPig;

namespace ReportIngest.Bench;

/// <summary>What the parsing libraries cost alone: the least any reader built on them can spend.</summary>
internal static class Floors
{
    private static long _sink;

    /// <summary>AngleSharp parses the bytes and the text of every <c>&lt;td&gt;</c> is read.</summary>
    public static void Html(SourceDocument document)
    {
        using var stream = new MemoryStream(document.Bytes, writable: false);
        using var page = new HtmlParser().ParseDocument(stream);
        foreach (var cell in page.QuerySelectorAll("td"))
            _sink += cell.TextContent.Length;
    }

    /// <summary>PdfPig opens the bytes and the letters of every page are read.</summary>
    public static void Pdf(SourceDocument document)
    {
        using var pdf = PdfDocument.Open(document.Bytes);
        for (var number = 1; number <= pdf.NumberOfPages; number++)
            _sink += pdf.GetPage(number).Letters.Count;
    }

    public static int PageCount(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.NumberOfPages;
    }
}
