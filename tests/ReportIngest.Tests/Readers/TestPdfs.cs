using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportIngest.Tests.Readers;

/// <summary>PDFs made for reader tests with PdfPig's writer (Helvetica: the standard fonts have no CJK, so labels are
/// Latin).</summary>
internal static class TestPdfs
{
    public const double Left = 50,
        Top = 700,
        ColumnWidth = 100,
        RowHeight = 20;

    /// <summary>
    /// Pages each holding a ruled table of <paramref name="rows"/>: every ruling drawn, except the vertical between
    /// columns 1 and 2 in row 0 when <paramref name="mergeFirstRowTail"/> (one cell spanning two columns).
    /// </summary>
    public static byte[] RuledTable(
        string[][] rows,
        int pages = 1,
        bool mergeFirstRowTail = false,
        string? footer = null,
        bool drawTextTwice = false
    )
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var columns = rows.Max(r => r.Length);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(595, 842);
            for (var r = 0; r <= rows.Length; r++)
                page.DrawLine(
                    new PdfPoint(Left, Top - r * RowHeight),
                    new PdfPoint(Left + columns * ColumnWidth, Top - r * RowHeight),
                    0.5
                );
            for (var c = 0; c <= columns; c++)
            for (var r = 0; r < rows.Length; r++)
            {
                if (mergeFirstRowTail && r == 0 && c == 2)
                    continue;
                page.DrawLine(
                    new PdfPoint(Left + c * ColumnWidth, Top - r * RowHeight),
                    new PdfPoint(Left + c * ColumnWidth, Top - (r + 1) * RowHeight),
                    0.5
                );
            }
            for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var at = new PdfPoint(Left + c * ColumnWidth + 4, Top - (r + 1) * RowHeight + 6);
                page.AddText(rows[r][c], 10, at, font);
                if (drawTextTwice)
                    page.AddText(rows[r][c], 10, at, font);
            }
            if (footer is not null)
                page.AddText(footer, 9, new PdfPoint(290, 30), font);
        }
        return builder.Build();
    }

    /// <summary>Pages of text without rulings: each page's lines as (text, x, baseline y), a table being lines whose
    /// pieces line up.</summary>
    public static byte[] TextPages(params (string Text, double X, double Y)[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var texts in pages)
        {
            var page = builder.AddPage(595, 842);
            foreach (var (text, x, y) in texts)
                page.AddText(text, 10, new PdfPoint(x, y), font);
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
        return Assemble([.. objects.Select(Encoding.ASCII.GetBytes)], $"/Encrypt 4 0 R /ID [<{Hex(16)}> <{Hex(16)}>]");
    }

    /// <summary>
    /// A PDF encrypted with an owner password only (RC4, 40-bit, revision 2, as many office suites still write):
    /// anyone may open it with the empty user password; its page says <paramref name="text"/>.
    /// </summary>
    public static byte[] OwnerPasswordOnly(string text)
    {
        byte[] Pad(string password) => [.. Encoding.ASCII.GetBytes(password).Concat(PasswordPadding).Take(32)];
        var id = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
        const int permissions = -44; // printing allowed, copying and changing not
        var ownerKey = System.Security.Cryptography.MD5.HashData(Pad("owner"))[..5];
        var o = Rc4(ownerKey, Pad(""));
        var fileKey = System.Security.Cryptography.MD5.HashData([
            .. Pad(""),
            .. o,
            .. BitConverter.GetBytes(permissions),
            .. id,
        ])[..5];
        var u = Rc4(fileKey, PasswordPadding);
        byte[] ObjectKey(int number) =>
            System.Security.Cryptography.MD5.HashData([
                .. fileKey,
                (byte)number,
                (byte)(number >> 8),
                (byte)(number >> 16),
                0,
                0,
            ])[..10];

        var content = Rc4(ObjectKey(4), Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"));
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
            ),
            Encoding
                .ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n")
                .Concat(content)
                .Concat(Encoding.ASCII.GetBytes("\nendstream"))
                .ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Encoding.ASCII.GetBytes(
                $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {permissions} >>"
            ),
        };
        return Assemble(objects, $"/Encrypt 6 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>]");
    }

    /// <summary>
    /// A page of a few kilobytes whose form XObjects each draw the next one <paramref name="fanOut"/> times,
    /// <paramref name="depth"/> levels down: fanOut^depth letters drawn (10^8 for 10 over 8 levels).
    /// </summary>
    public static byte[] FormFanOut(int depth, int fanOut)
    {
        byte[] Stream(string dictionary, string content) =>
            Encoding.ASCII.GetBytes($"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream");
        const string font = "/Font << /F1 4 0 R >>";
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes(
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {font} /XObject << /Top {6 + depth} 0 R >> >> /Contents 5 0 R >>"
            ),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Stream("", "q /Top Do Q"),
            Stream(
                $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {font} >>",
                "BT /F1 12 Tf 72 700 Td (a) Tj ET"
            ),
        };
        for (var level = 1; level <= depth; level++)
            objects.Add(
                Stream(
                    $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {font} /XObject << /Down {5 + level} 0 R >> >>",
                    string.Concat(Enumerable.Repeat("q /Down Do Q ", fanOut))
                )
            );
        return Assemble(objects, "");
    }

    /// <summary>A PDF file of <paramref name="objects"/> (numbered from 1, the first the catalog) with its
    /// cross-reference table; <paramref name="trailer"/> adds to the trailer.</summary>
    /// <summary>
    /// <paramref name="pages"/> pages sharing one Flate content stream that inflates to <paramref
    /// name="inflatedBytes"/>: a line of text and then spaces, which deflate packs about a thousand to one.
    /// </summary>
    public static byte[] InflateBomb(long inflatedBytes, int pages)
    {
        var compressed = new MemoryStream();
        compressed.Write([0x78, 0x01]); // zlib header: deflate, 32 KB window
        using (
            var deflate = new System.IO.Compression.DeflateStream(
                compressed,
                System.IO.Compression.CompressionLevel.Optimal,
                leaveOpen: true
            )
        )
        {
            deflate.Write(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (bomb) Tj ET\n"));
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
                deflate.Write(spaces);
        }
        var content = compressed.ToArray();
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{5 + p} 0 R"));
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Encoding
                .ASCII.GetBytes($"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n")
                .Concat(content)
                .Concat(Encoding.ASCII.GetBytes("\nendstream"))
                .ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        for (var p = 0; p < pages; p++)
            objects.Add(
                Encoding.ASCII.GetBytes(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>"
                )
            );
        return Assemble(objects, "");
    }

    private static byte[] Assemble(List<byte[]> objects, string trailer)
    {
        var pdf = new MemoryStream();
        void Write(string ascii) => pdf.Write(Encoding.ASCII.GetBytes(ascii));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static readonly byte[] PasswordPadding = Convert.FromHexString(
        "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A"
    );

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return output;
    }

    private static readonly byte[] OnePixelPng = Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C636868680000030401814BD3D2100000000049454E44AE426082"
    );
}
