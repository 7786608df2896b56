using System.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Glyphs into lines and lines into text the way CJK is written: no space invented between Han characters, a
/// space between Latin words only where the gap says so, and numbers never cut apart by wide tracking.
/// </summary>
internal static class TextLines
{
    /// <summary>A gap wider than this share of the glyph size separates two Latin words.</summary>
    private const double WordGap = 0.25;

    /// <summary>
    /// Between two digits, a gap wider than this share of the glyph size separates two numbers, and so two table cells
    /// (a narrow column's 2553 beside the next one's 122件): more than any tracking, less than the narrowest columns.
    /// </summary>
    private const double NumberGap = 0.6;

    /// <summary>Between text and a digit, a gap wider than this share of the glyph size separates a label from a
    /// figure.</summary>
    private const double FigureAfterTextGap = 0.5;

    /// <summary>Groups glyphs whose baselines align into lines, top to bottom.</summary>
    public static List<GlyphLine> Lines(List<Glyph> glyphs)
    {
        var lines = new List<(double Baseline, double Size, List<Glyph> Glyphs)>();
        foreach (var glyph in TopDown(glyphs))
        {
            // the nearest line above that shares the baseline: lines are searched from the last one made
            var index = lines.Count - 1;
            while (
                index >= 0
                && Math.Abs(lines[index].Baseline - glyph.Baseline) > Math.Max(lines[index].Size, glyph.Size) * 0.3
            )
                index--;
            if (index >= 0)
                lines[index].Glyphs.Add(glyph);
            else
                lines.Add((glyph.Baseline, glyph.Size, [glyph]));
        }
        var result = new List<GlyphLine>(lines.Count);
        foreach (var line in lines)
            result.Add(new GlyphLine(LeftToRight(line.Glyphs)));
        return result;
    }

    // Stable sorts that leave glyphs already in order (as glyphs drawn in reading order mostly are) where they are.
    private static List<Glyph> TopDown(List<Glyph> glyphs)
    {
        for (var i = 1; i < glyphs.Count; i++)
            if (glyphs[i].Baseline.CompareTo(glyphs[i - 1].Baseline) > 0)
                return glyphs.OrderByDescending(g => g.Baseline).ToList();
        return glyphs;
    }

    private static List<Glyph> LeftToRight(List<Glyph> glyphs)
    {
        for (var i = 1; i < glyphs.Count; i++)
            if (glyphs[i].Left.CompareTo(glyphs[i - 1].Left) < 0)
                return glyphs.OrderBy(g => g.Left).ToList();
        return glyphs;
    }

    /// <summary>The text of glyphs on one line, left to right.</summary>
    public static string Join(IReadOnlyList<Glyph> glyphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && NeedsSpace(glyphs[i - 1], glyphs[i]))
                text.Append(' ');
            text.Append(glyphs[i].Text);
        }
        return text.ToString();
    }

    /// <summary>The text of a block of lines (a table cell): lines joined without a break, as a wrapped label
    /// reads.</summary>
    public static string JoinLines(IEnumerable<GlyphLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.Text;
            if (text.Length > 0 && !IsCjk(text[^1]) && part.Length > 0 && !IsCjk(part[0]))
                text.Append(' ');
            text.Append(part);
        }
        return text.ToString();
    }

    /// <summary>
    /// Splits a line into chunks where the gap is wide (at least a glyph; between digits, three quarters of one; from
    /// text to a digit, half of one, and a quarter after a figure's unit): a tracked-out "1 2 3" or "1, 234" stays one
    /// chunk.
    /// </summary>
    public static List<List<Glyph>> Chunks(GlyphLine line)
    {
        var chunks = new List<List<Glyph>> { new() { line.Glyphs[0] } };
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            var (previous, glyph) = (line.Glyphs[i - 1], line.Glyphs[i]);
            var gap = glyph.Left - previous.Right;
            var size = Math.Max(previous.Size, glyph.Size);
            var numeric = IsNumberPart(previous.Text) && IsNumberPart(glyph.Text);
            // a figure after text (稳定” 0件, 12件 0件): the next cell at half a glyph, at a quarter after a figure's unit;
            // running text spaces a number off its words by a quarter at most
            var startsFigure = !IsNumberPart(previous.Text) && glyph.Text.Length > 0 && char.IsDigit(glyph.Text[0]);
            var threshold =
                numeric ? NumberGap
                : !startsFigure ? 1.0
                : IsCountUnit(previous.Text) ? WordGap
                : FigureAfterTextGap;
            if (gap > size * threshold)
                chunks.Add([]);
            chunks[^1].Add(glyph);
        }
        return chunks;
    }

    private static bool NeedsSpace(Glyph left, Glyph right)
    {
        if (IsCjk(left.Text[^1]) || IsCjk(right.Text[0]))
            return false;
        var gap = right.Left - left.Right;
        var size = Math.Max(left.Size, right.Size);
        // Digits are often tracked out; only a gap wider than tracking ever is separates two numbers (a date and a
        // time).
        if (IsNumberPart(left.Text) && IsNumberPart(right.Text))
            return gap > size * NumberGap;
        return gap > size * WordGap;
    }

    /// <summary>A unit character printed after a figure: 件, 项, 个, 次, 条, 人, 元.</summary>
    private static bool IsCountUnit(string text) =>
        text is "件" or "项" or "項" or "个" or "個" or "次" or "条" or "條" or "人" or "元";

    private static bool IsNumberPart(string text) =>
        text.Length > 0 && text.All(c => char.IsDigit(c) || c is ',' or '.' or '，' or '．');

    public static bool IsCjk(char ch) =>
        ch
            is >= '\u2E80'
                and <= '\u9FFF'
                or >= '\uF900'
                and <= '\uFAFF'
                or >= '\uFF00'
                and <= '\uFFEF'
                or >= '\u3000'
                and <= '\u303F';
}
