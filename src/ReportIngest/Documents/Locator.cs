using System.Globalization;
using System.Text.Json.Serialization;

namespace ReportIngest.Documents;

/// <summary>
/// Where a piece of text stands in its source, as the contract writes it: on a PDF page, its page and box
/// (<c>p{page}:{x0},{y0},{x1},{y1}</c>, points, origin bottom-left); in HTML or Word, the path to it
/// (<c>table[2]/tr[5]/td[3]</c>, <c>tbl[2]/tr[5]/tc[3]</c>); in Markdown and text, its line (<c>L{line}</c>). Made
/// once by the reader that saw the text, carried as this value, and written as text only where it leaves the program
/// (storage, exports, messages). Two locators are equal when they read the same.
/// </summary>
[JsonConverter(typeof(LocatorJsonConverter))]
public readonly struct Locator : IEquatable<Locator>
{
    private readonly string? _text;

    private Locator(string text, int? page, CellBox? box)
    {
        _text = text;
        Page = page;
        Box = box;
    }

    /// <summary>No place known: a cell no source cell was placed in.</summary>
    public static Locator None => default;

    /// <summary>A box on a PDF page; the text gives its corners to a tenth of a point.</summary>
    public static Locator OnPage(int page, CellBox box) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"p{page}:{box.Left:0.#},{box.Bottom:0.#},{box.Right:0.#},{box.Top:0.#}"
            ),
            page,
            box
        );

    /// <summary>A PDF page, where nothing more of the place is known (facts read back from a database).</summary>
    public static Locator OnPage(int page) =>
        page is > 0 and < PagesKept
            ? Pages[page]
            : new(string.Create(CultureInfo.InvariantCulture, $"p{page}"), page, null);

    /// <summary>The locators of whole pages made once: every fact read back from a database has one.</summary>
    private const int PagesKept = 128;

    private static readonly Locator[] Pages = Enumerable
        .Range(0, PagesKept)
        .Select(page => new Locator(string.Create(CultureInfo.InvariantCulture, $"p{page}"), page, null))
        .ToArray();

    /// <summary>A path in a document's markup tree (HTML, Word).</summary>
    public static Locator AtPath(string path) => new(path, null, null);

    /// <summary>A line of a Markdown or text file, 1-based.</summary>
    public static Locator AtLine(int line) => new(string.Create(CultureInfo.InvariantCulture, $"L{line}"), null, null);

    /// <summary>The locator a text says, page and box read back where it names them.</summary>
    public static Locator Parse(string text)
    {
        if (text.Length == 0)
            return None;
        if (text.StartsWith('p') && text.IndexOf(':') is var colon and > 1)
        {
            var corners = text[(colon + 1)..].Split(',');
            if (
                int.TryParse(text.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                && corners.Length == 4
                && corners.Select(Number).ToArray() is [{ } left, { } bottom, { } right, { } top]
            )
                return new Locator(text, page, new CellBox(left, bottom, right, top));
        }
        else if (
            text.StartsWith('p')
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var pageOnly)
        )
            return new Locator(text, pageOnly, null);
        return new Locator(text, null, null);
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The locator as the contract writes it; empty for <see cref="None"/>.</summary>
    public string Text => _text ?? "";

    /// <summary>The PDF page (1-based), null outside PDFs.</summary>
    public int? Page { get; }

    /// <summary>The box on the page, as exact as the reader measured it; null outside PDFs.</summary>
    public CellBox? Box { get; }

    public bool IsKnown => Text.Length > 0;

    public bool Equals(Locator other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Locator other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public static bool operator ==(Locator left, Locator right) => left.Equals(right);

    public static bool operator !=(Locator left, Locator right) => !left.Equals(right);

    public override string ToString() => Text;
}
