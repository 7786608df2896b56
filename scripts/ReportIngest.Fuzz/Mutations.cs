using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Fuzz;

/// <summary>
/// The mutations: generic byte damage (bit flips, truncation, splicing two documents, broken encodings) and damage
/// aimed at each format's parser (huge numbers, deep nesting, PDF cross-references and object streams that loop,
/// billion-laughs XML inside a DOCX). A mutation gets the document, another document to splice from, and the random
/// source.
/// </summary>
public static partial class Mutations
{
    private static bool Any(string _) => true;

    private static bool Text(string format) => format is "html" or "md" or "txt";

    /// <summary>Billion laughs: ten levels of ten references, a gigabyte of "lol" if entities were expanded.</summary>
    public static readonly byte[] BillionLaughs = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">"
            + string.Concat(
                Enumerable
                    .Range(1, 9)
                    .Select(i =>
                        $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">"
                    )
            )
            + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    );

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("bit-flips", (doc, _, r) => FlipBits(doc, r, 1 + r.Next(32)), Any),
        new("byte-runs", (doc, _, r) => OverwriteRun(doc, r), Any),
        new("truncation", (doc, _, r) => doc[..r.Next(doc.Length)], Any),
        new("splice", (doc, other, r) => [.. doc[..r.Next(doc.Length)], .. other[r.Next(other.Length)..]], Any),
        new(
            "huge-numbers",
            (doc, _, r) =>
                Texts(doc, t => Digits().Replace(t, m => r.Next(4) == 0 ? new string('9', 40 + r.Next(400)) : m.Value)),
            Text
        ),
        new("deep-nesting", (doc, _, r) => DeepNesting(doc, r), Text),
        new("broken-encoding", (doc, _, r) => BrokenEncoding(doc, r), Text),
        new("pdf-xref-cycle", (doc, _, r) => PdfLoops(doc, r), f => f == "pdf"),
        new(
            "pdf-inflate-bomb",
            (doc, _, r) => PdfInflateBomb(doc, (256L + r.Next(256)) * 1024 * 1024),
            f => f == "pdf"
        ),
        new(
            "docx-entity-bomb",
            (doc, _, r) => DocxPart(doc, "word/document.xml", _ => BillionLaughs),
            f => f == "docx"
        ),
        new(
            "docx-part-damage",
            (doc, _, r) => DocxPart(doc, "word/document.xml", xml => FlipBits(xml, r, 1 + r.Next(8))),
            f => f == "docx"
        ),
        new(
            "docx-deep-controls",
            (doc, _, r) => DocxPart(doc, "word/document.xml", xml => NestedControls(xml, 5_000 + r.Next(20_000))),
            f => f == "docx"
        ),
        new("wide-unicode", (doc, _, r) => WideUnicode(doc, r), Text),
        new("million-digit-cell", (doc, _, r) => Texts(doc, t => MillionDigits(t, r)), Text),
        new(
            "docx-huge-span",
            (doc, _, r) =>
                DocxPart(doc, "word/document.xml", xml =>
                    Encoding.UTF8.GetBytes(
                        Regex.Replace(Encoding.UTF8.GetString(xml), "w:val=\"[0-9]+\"", "w:val=\"2147483647\"")
                    )
                ),
            f => f == "docx"
        ),
    ];

    /// <summary>The body wrapped in thousands of nested content controls (w:sdt): the SDK builds its tree
    /// recursively.</summary>
    private static byte[] NestedControls(byte[] xml, int depth)
    {
        var text = Encoding.UTF8.GetString(xml);
        var (open, close) = (
            text.IndexOf("<w:body>", StringComparison.Ordinal),
            text.IndexOf("</w:body>", StringComparison.Ordinal)
        );
        if (open < 0 || close < open)
            return xml;
        open += "<w:body>".Length;
        return Encoding.UTF8.GetBytes(
            text[..open]
                + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth))
                + text[open..close]
                + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))
                + text[close..]
        );
    }

    /// <summary>One number of the text, chosen at random, grown to a million digits.</summary>
    private static string MillionDigits(string text, Random random)
    {
        var numbers = Digits().Matches(text);
        if (numbers.Count == 0)
            return text;
        var number = numbers[random.Next(numbers.Count)];
        return text[..number.Index] + new string('7', 1_000_000) + text[(number.Index + number.Length)..];
    }

    /// <summary>The text saved as Windows' "Unicode" does: UTF-16 (or UTF-32) with a BOM, or UTF-16 without
    /// one.</summary>
    private static byte[] WideUnicode(byte[] doc, Random random)
    {
        var text = Encoding.UTF8.GetString(doc);
        return random.Next(4) switch
        {
            0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            2 => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };
    }

    private static byte[] FlipBits(byte[] doc, Random random, int count)
    {
        var copy = (byte[])doc.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] OverwriteRun(byte[] doc, Random random)
    {
        var copy = (byte[])doc.Clone();
        if (copy.Length == 0)
            return copy;
        var start = random.Next(copy.Length);
        var value = (byte)(random.Next(2) == 0 ? 0 : 0xFF);
        for (var i = start; i < Math.Min(copy.Length, start + 1 + random.Next(256)); i++)
            copy[i] = value;
        return copy;
    }

    private static byte[] Texts(byte[] doc, Func<string, string> change) =>
        Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(doc)));

    private static byte[] DeepNesting(byte[] doc, Random random)
    {
        var text = Encoding.UTF8.GetString(doc);
        var depth = 1000 + random.Next(20_000);
        var (open, close) = random.Next(4) switch
        {
            0 => ("<div>", "</div>"),
            1 => ("<table><tr><td>", "</td></tr></table>"),
            2 => ("> ", ""),
            _ => ("<ul><li>", ""),
        };
        var at = random.Next(text.Length + 1);
        return Encoding.UTF8.GetBytes(
            text[..at]
                + string.Concat(Enumerable.Repeat(open, depth))
                + string.Concat(Enumerable.Repeat(close, depth))
                + text[at..]
        );
    }

    private static byte[] BrokenEncoding(byte[] doc, Random random)
    {
        var copy = doc.ToList();
        for (var i = 0; i < 1 + random.Next(16); i++)
            copy.InsertRange(
                random.Next(copy.Count + 1),
                random.Next(3) switch
                {
                    0 => [0xC3],
                    1 => [0xE4, 0xB8],
                    _ => [0xFF, 0xFE, 0x00],
                }
            );
        if (random.Next(3) == 0)
            return Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(doc)); // mojibake: UTF-8 read as Latin-1 and saved
        return [.. copy];
    }

    /// <summary>Cross-reference and object-stream loops: /Prev pointing at itself, /Parent and /Kids that refer back,
    /// streams whose /Length refers to themselves.</summary>
    private static byte[] PdfLoops(byte[] doc, Random random)
    {
        var text = Encoding.Latin1.GetString(doc);
        text = random.Next(4) switch
        {
            0 => Regex.Replace(text, @"startxref\s+(\d+)", m =>
                $"/Prev {m.Groups[1].Value}\nstartxref\n{m.Groups[1].Value}"
            ),
            1 => Regex.Replace(text, @"/Parent \d+ 0 R", "/Parent 1 0 R"),
            2 => Regex.Replace(text, @"/Length \d+", m => "/Length 4 0 R"),
            _ => Regex.Replace(text, @"/Kids \[[^\]]*\]", "/Kids [2 0 R 2 0 R]"),
        };
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>
    /// An incremental update that gives the first page a new content stream of a few hundred kilobytes inflating to
    /// <paramref name="inflatedBytes"/> (spaces, which deflate packs a thousand to one); the document unchanged where
    /// its page or trailer cannot be found.
    /// </summary>
    private static byte[] PdfInflateBomb(byte[] doc, long inflatedBytes)
    {
        var text = Encoding.Latin1.GetString(doc);
        var page = Regex.Match(
            text,
            @"(\d+) 0 obj\s*(<<(?:(?!endobj).)*?/Type\s*/Page(?![a-zA-Z])(?:(?!endobj).)*?)endobj",
            RegexOptions.Singleline
        );
        var root = Regex.Match(text, @"/Root\s+(\d+\s+\d+\s+R)");
        var startXref = Regex.Matches(text, @"startxref\s+(\d+)");
        if (!page.Success || !root.Success || startXref.Count == 0)
            return doc;
        var size = Regex.Matches(text, @"(\d+) 0 obj").Max(m => int.Parse(m.Groups[1].Value)) + 1;
        var pageDictionary = Regex.Replace(
            page.Groups[2].Value,
            @"/Contents\s*(\d+\s+\d+\s+R|\[[^\]]*\])",
            $"/Contents {size} 0 R"
        );
        if (!pageDictionary.Contains("/Contents", StringComparison.Ordinal))
            return doc;

        var compressed = new MemoryStream();
        compressed.Write([0x78, 0x01]);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
                deflate.Write(spaces);
        }
        var update = new MemoryStream();
        update.Write(doc);
        void Write(string latin1) => update.Write(Encoding.Latin1.GetBytes(latin1));
        Write("\n");
        var pageOffset = update.Position;
        Write($"{page.Groups[1].Value} 0 obj\n{pageDictionary}endobj\n");
        var streamOffset = update.Position;
        Write($"{size} 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        update.Write(compressed.ToArray());
        Write("\nendstream\nendobj\n");
        var xref = update.Position;
        Write($"xref\n{page.Groups[1].Value} 1\n{pageOffset:D10} 00000 n \n{size} 1\n{streamOffset:D10} 00000 n \n");
        Write(
            $"trailer\n<< /Size {size + 1} /Root {root.Groups[1].Value} /Prev {startXref[^1].Groups[1].Value} >>\nstartxref\n{xref}\n%%EOF\n"
        );
        return update.ToArray();
    }

    private static byte[] DocxPart(byte[] doc, string part, Func<byte[], byte[]> change)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(doc), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var entry in input.Entries)
                {
                    using var read = entry.Open();
                    using var buffer = new MemoryStream();
                    read.CopyTo(buffer);
                    var bytes = entry.FullName == part ? change(buffer.ToArray()) : buffer.ToArray();
                    using var write = zip.CreateEntry(entry.FullName).Open();
                    write.Write(bytes);
                }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return doc;
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
