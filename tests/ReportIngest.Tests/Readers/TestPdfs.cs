using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportIngest.Tests.Readers;

/// <summary>PDFs made for reader tests with PdfPig's writer (Helvetica: the standard fonts have no CJK, so labels are Latin).</summary>
internal static class TestPdfs
{
    public const double Left = 50, Top = 700, ColumnWidth = 100, RowHeight = 20;

    /// <summary>
    /// Pages each holding a ruled table of <paramref name="rows"/>: every ruling drawn, except the vertical between
    /// columns 1 and 2 in row 0 when <paramref name="mergeFirstRowTail"/> (one cell spanning two columns).
    /// </summary>
    public static byte[] RuledTable(string[][] rows, int pages = 1, bool mergeFirstRowTail = false, string? footer = null, bool drawTextTwice = false)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var columns = rows.Max(r => r.Length);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(595, 842);
            for (var r = 0; r <= rows.Length; r++)
                page.DrawLine(new PdfPoint(Left, Top - r * RowHeight), new PdfPoint(Left + columns * ColumnWidth, Top - r * RowHeight), 0.5);
            for (var c = 0; c <= columns; c++)
                for (var r = 0; r < rows.Length; r++)
                {
                    if (mergeFirstRowTail && r == 0 && c == 2) continue;
                    page.DrawLine(new PdfPoint(Left + c * ColumnWidth, Top - r * RowHeight), new PdfPoint(Left + c * ColumnWidth, Top - (r + 1) * RowHeight), 0.5);
                }
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var at = new PdfPoint(Left + c * ColumnWidth + 4, Top - (r + 1) * RowHeight + 6);
                    page.AddText(rows[r][c], 10, at, font);
                    if (drawTextTwice) page.AddText(rows[r][c], 10, at, font);
                }
            if (footer is not null) page.AddText(footer, 9, new PdfPoint(290, 30), font);
        }
        return builder.Build();
    }

    /// <summary>A page that is only a picture, as a scanner makes it.</summary>
    public static byte[] ImageOnly()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).AddPng(OnePixelPng, new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>
    /// A PDF whose encryption dictionary does not accept the empty user password: what a file protected by a user
    /// password looks like to a reader without it.
    /// </summary>
    public static byte[] UserPasswordProtected()
    {
        var random = new Random(7);
        string Hex(int n) => Convert.ToHexString(Enumerable.Range(0, n).Select(_ => (byte)random.Next(256)).ToArray());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{Hex(32)}> /U <{Hex(32)}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{Hex(16)}> <{Hex(16)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static readonly byte[] OnePixelPng = Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C636868680000030401814BD3D2100000000049454E44AE426082");
}
