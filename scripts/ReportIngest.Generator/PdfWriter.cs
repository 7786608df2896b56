using System.Globalization;
using System.Text;

namespace ReportIngest.Generator;

/// <summary>
/// The fonts of a report PDF, as WPS and Word name them when they export without embedding: 仿宋_GB2312 for the body,
/// 黑体 for headings, 方正小标宋简体 for the title, 宋体 in tables.
/// </summary>
public enum PdfFont
{
    Body,
    Heading,
    Title,
    Table,
}

/// <summary>
/// A small PDF writer for CJK text with no font file at hand: each font is a <c>/Type0</c> font, <c>/Encoding
/// /Identity-H</c>, over a <c>/CIDFontType2</c> descendant (Adobe-Identity-0) that is not embedded: widths come from
/// <c>/DW 1000</c> and a <c>/W</c> array giving printable ASCII 500, a font descriptor has no font file, and a
/// <c>/ToUnicode</c> CMap maps every code back to its character. A character's 2-byte code is its UTF-16 code unit (so
/// also its CID); the CMap's <c>bfrange</c> entries cover the codes the document uses. Content streams are left
/// uncompressed, so the bytes depend on nothing but the content.
/// </summary>
public sealed class PdfWriter
{
    public const double PageWidth = 595,
        PageHeight = 842;

    private static readonly Dictionary<PdfFont, (string BaseFont, int Flags)> Faces = new()
    {
        [PdfFont.Body] = ("FangSong_GB2312", 6),
        [PdfFont.Heading] = ("SimHei", 4),
        [PdfFont.Title] = ("FZXiaoBiaoSong-B05S", 6),
        [PdfFont.Table] = ("SimSun", 6),
    };

    private readonly List<PdfCanvas> _pages = [];

    public IReadOnlyList<PdfCanvas> Pages => _pages;

    public PdfCanvas AddPage()
    {
        var page = new PdfCanvas();
        _pages.Add(page);
        return page;
    }

    /// <summary>The advance of a character in thousandths of the font size: printable ASCII half width, everything else
    /// full width.</summary>
    public static int Advance(char ch) => ch is >= ' ' and <= '~' ? 500 : 1000;

    /// <summary>The width of <paramref name="text"/> in points at <paramref name="size"/>, without character
    /// spacing.</summary>
    public static double Width(string text, double size) => text.Sum(Advance) * size / 1000;

    /// <param name="title">The document information's /Title.</param>
    /// <param name="created">The /CreationDate (the report's signing date, so the bytes stay fixed).</param>
    public byte[] Build(string title, DateOnly created)
    {
        var objects = new ObjectTable();
        var catalog = objects.Reserve();
        var pagesId = objects.Reserve();
        var info = objects.Add(
            string.Create(
                CultureInfo.InvariantCulture,
                $"<< /Title {HexText(title)} /Producer (ReportIngest.Generator PdfWriter) /CreationDate (D:{created:yyyyMMdd}090000+08'00') >>"
            )
        );

        var used = _pages.SelectMany(p => p.Characters).ToHashSet();
        var toUnicode = objects.AddStream(ToUnicodeCMap(used));
        var fontIds = new Dictionary<PdfFont, int>();
        foreach (var font in _pages.SelectMany(p => p.Fonts).Distinct().Order())
            fontIds[font] = AddFont(objects, font, toUnicode);

        var pageIds = new List<int>();
        foreach (var page in _pages)
        {
            var content = objects.AddStream(Encoding.ASCII.GetBytes(page.Content));
            var fonts = string.Join(" ", page.Fonts.Order().Select(f => $"/{ResourceName(f)} {fontIds[f]} 0 R"));
            pageIds.Add(
                objects.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << {fonts} >> /ProcSet [/PDF /Text] >> /Contents {content} 0 R >>"
                    )
                )
            );
        }
        objects.Set(
            pagesId,
            $"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pageIds.Count} >>"
        );
        objects.Set(catalog, $"<< /Type /Catalog /Pages {pagesId} 0 R >>");
        return objects.Write(catalog, info);
    }

    public static string ResourceName(PdfFont font) => "F" + ((int)font + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The three objects of a font (Type0, its CIDFontType2 descendant, the descriptor); returns the Type0's
    /// number.</summary>
    private static int AddFont(ObjectTable objects, PdfFont font, int toUnicode)
    {
        var (name, flags) = Faces[font];
        var descriptor = objects.Add(
            $"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [-8 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>"
        );
        var cidFont = objects.Add(
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + $"/FontDescriptor {descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>"
        );
        return objects.Add(
            $"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>"
        );
    }

    /// <summary>
    /// The ToUnicode CMap: code = UTF-16 code unit, so each range maps onto itself. One <c>bfrange</c> per high byte
    /// in use, from the lowest to the highest code used there (a range may not cross a high byte), at most 100 a block.
    /// </summary>
    private static byte[] ToUnicodeCMap(IEnumerable<char> characters)
    {
        var ranges = characters
            .GroupBy(c => c >> 8)
            .OrderBy(g => g.Key)
            .Select(g => (Low: (int)g.Min(), High: (int)g.Max()))
            .ToList();
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in ranges.Chunk(100))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfrange\n");
            foreach (var (low, high) in block)
                cmap.Append(CultureInfo.InvariantCulture, $"<{low:X4}> <{high:X4}> <{low:X4}>\n");
            cmap.Append("endbfrange\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }

    /// <summary>A text string as UTF-16BE with its byte order mark, in hex (the way producers write CJK
    /// titles).</summary>
    private static string HexText(string text) =>
        "<FEFF" + string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + ">";

    /// <summary>Numbered objects, written in order with their cross-reference table and trailer.</summary>
    private sealed class ObjectTable
    {
        private readonly List<byte[]?> _bodies = [];

        public int Reserve()
        {
            _bodies.Add(null);
            return _bodies.Count;
        }

        public int Add(string body)
        {
            var id = Reserve();
            Set(id, body);
            return id;
        }

        public void Set(int id, string body) => _bodies[id - 1] = Encoding.ASCII.GetBytes(body);

        public int AddStream(byte[] data)
        {
            var head = Encoding.ASCII.GetBytes($"<< /Length {data.Length} >>\nstream\n");
            var tail = "\nendstream"u8.ToArray();
            var id = Reserve();
            _bodies[id - 1] = [.. head, .. data, .. tail];
            return id;
        }

        public byte[] Write(int root, int info)
        {
            using var pdf = new MemoryStream();
            void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
            Ascii("%PDF-1.7\n");
            pdf.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']); // binary marker
            var offsets = new List<long>();
            for (var i = 0; i < _bodies.Count; i++)
            {
                offsets.Add(pdf.Position);
                Ascii($"{i + 1} 0 obj\n");
                pdf.Write(
                    _bodies[i] ?? throw new InvalidOperationException($"object {i + 1} reserved but never written")
                );
                Ascii("\nendobj\n");
            }
            var xref = pdf.Position;
            Ascii($"xref\n0 {_bodies.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
                Ascii($"{offset:D10} 00000 n \n");
            Ascii(
                $"trailer\n<< /Size {_bodies.Count + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            );
            return pdf.ToArray();
        }
    }
}

/// <summary>
/// One page's content stream: text shown as <c>&lt;hex&gt; Tj</c> at a text matrix, stroked lines, filled
/// rectangles. Coordinates are PDF points from the bottom-left corner.
/// </summary>
public sealed class PdfCanvas
{
    private readonly StringBuilder _content = new();
    private readonly HashSet<PdfFont> _fonts = [];
    private readonly HashSet<char> _characters = [];

    /// <summary>The character spacing in force: Tc is part of the graphics state and outlives ET.</summary>
    private double _charSpacing;

    public string Content => _content.ToString();
    public IReadOnlyCollection<PdfFont> Fonts => _fonts;
    public IReadOnlyCollection<char> Characters => _characters;

    /// <summary>Shows <paramref name="text"/> with its baseline starting at (<paramref name="x"/>, <paramref
    /// name="baseline"/>); <paramref name="charSpacing"/> is added after every glyph (Tc, as justified lines are
    /// set).</summary>
    public void Text(PdfFont font, double size, double x, double baseline, string text, double charSpacing = 0)
    {
        if (text.Length == 0)
            return;
        foreach (var ch in text)
        {
            if (char.IsSurrogate(ch))
                throw new ArgumentException($"characters outside the BMP are not supported: {text}", nameof(text));
            _characters.Add(ch);
        }
        _fonts.Add(font);
        _content.Append("BT\n").Append(CultureInfo.InvariantCulture, $"/{PdfWriter.ResourceName(font)} {N(size)} Tf\n");
        if (N(charSpacing) != N(_charSpacing))
            _content.Append(CultureInfo.InvariantCulture, $"{N(charSpacing)} Tc\n");
        _charSpacing = charSpacing;
        _content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {N(x)} {N(baseline)} Tm\n<");
        foreach (var ch in text)
            _content.Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
        _content.Append("> Tj\nET\n");
    }

    /// <summary>A stroked line, one path of its own (<c>m l S</c>), as WPS and LibreOffice draw table
    /// rulings.</summary>
    public void Line(double x0, double y0, double x1, double y1, double width) =>
        _content.Append(CultureInfo.InvariantCulture, $"{N(width)} w 0 G\n{N(x0)} {N(y0)} m {N(x1)} {N(y1)} l S\n");

    /// <summary>A filled rectangle (<c>re f</c>), as Chromium draws each cell edge.</summary>
    public void FillRectangle(double x, double y, double width, double height) =>
        _content.Append(CultureInfo.InvariantCulture, $"0 g\n{N(x)} {N(y)} {N(width)} {N(height)} re f\n");

    /// <summary>A number as content streams write it: at most three decimals, no exponent, no trailing zeros.</summary>
    private static string N(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
