using UglyToad.PdfPig.Content;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// The letters of a page cleaned for reading: whitespace glyphs dropped (no-break spaces kept as the width glued to
/// the glyph before them), text drawn twice at the same place
/// (faux bold) kept once, and glyphs whose font has no Unicode map marked with U+FFFD so that they can only ever
/// make a cell unreadable, never a wrong character.
/// </summary>
internal static class PageLetters
{
    /// <summary>Two copies of a glyph within about this distance (points) are one glyph drawn twice; two equal digits
    /// side by side are a glyph width apart.</summary>
    private const double DuplicateTolerance = 1.0;

    private const string NoBreakSpace = "\u00A0";

    /// <summary>How far (points) a no-break space may stand from the glyph it follows and still be glued to
    /// it.</summary>
    private const double GlueTolerance = 0.5;

    public static List<Glyph> Read(Page page)
    {
        var letters = page.Letters;
        var glyphs = new List<Glyph>(letters.Count);
        var seen = new HashSet<(string, int, int)>(letters.Count, PlaceFirst.Instance);
        foreach (var letter in letters)
        {
            var text = letter.Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (text == NoBreakSpace && glyphs.Count > 0 && GoesOn(glyphs[^1], letter))
                    glyphs[^1] = glyphs[^1] with { GluedRight = letter.EndBaseLine.X };
                continue;
            }
            var box = letter.BoundingBox;
            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(box.Height, 1);
            var (left, right) = (
                Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X),
                Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X)
            );
            if (right - left < 0.1)
                (left, right) = (box.Left, box.Right);
            var (x, y) = (
                (int)Math.Floor(left / DuplicateTolerance),
                (int)Math.Floor(letter.StartBaseLine.Y / DuplicateTolerance)
            );
            if (IsDrawnAlready(seen, text, x, y))
                continue;
            seen.Add((text, x, y));
            glyphs.Add(new Glyph(Decodable(text) ? text : "\uFFFD", left, right, letter.StartBaseLine.Y, size));
        }
        return glyphs;
    }

    /// <summary>The letter is printed right after the glyph (and what is glued to it), on its baseline.</summary>
    private static bool GoesOn(Glyph glyph, Letter letter) =>
        Math.Abs(letter.StartBaseLine.Y - glyph.Baseline) < GlueTolerance
        && Math.Abs(letter.StartBaseLine.X - glyph.OuterRight) < GlueTolerance
        && letter.EndBaseLine.X > letter.StartBaseLine.X;

    /// <summary>The same text in this or a neighbouring cell of the tolerance grid: closer than two tolerances, one
    /// glyph drawn twice.</summary>
    private static bool IsDrawnAlready(HashSet<(string, int, int)> seen, string text, int x, int y)
    {
        for (var dx = -1; dx <= 1; dx++)
        for (var dy = -1; dy <= 1; dy++)
            if (seen.Contains((text, x + dx, y + dy)))
                return true;
        return false;
    }

    /// <summary>
    /// Hashes a glyph's place only and compares its text on a match: nine lookups a glyph would otherwise hash its text
    /// nine times.
    /// </summary>
    private sealed class PlaceFirst : IEqualityComparer<(string Text, int X, int Y)>
    {
        public static readonly PlaceFirst Instance = new();

        public bool Equals((string Text, int X, int Y) a, (string Text, int X, int Y) b) =>
            a.X == b.X && a.Y == b.Y && string.Equals(a.Text, b.Text, StringComparison.Ordinal);

        public int GetHashCode((string Text, int X, int Y) glyph) => (glyph.X * 397) ^ glyph.Y;
    }

    /// <summary>False for text a font could not map to Unicode: replacement characters, private use, control
    /// codes.</summary>
    private static bool Decodable(string text)
    {
        foreach (var ch in text)
            if (ch == '\uFFFD' || ch is >= '\uE000' and <= '\uF8FF' || char.IsControl(ch))
                return false;
        return true;
    }
}
