using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// A note's reference printed after a figure as a small raised or lowered digit (80 with a superscript 1). In a PDF it is
/// only a smaller glyph off the figure's baseline: on the figure's line it would read 801, on a line of its own it
/// stands between two rows. Its glyphs are taken off the page before lines and tables are laid out, and the mark is
/// put back at the end of the cell its figure ends, as the superscript or subscript digits it is (80¹,
/// <see cref="NoteMarks"/>); a mark whose figure ends no cell is left out, and the figure read as printed.
/// </summary>
internal static class NoteMarkGlyphs
{
    /// <summary>A mark's glyph is at most this share of the figure's size (Word sets superscripts at about 60%, browsers at 83%).</summary>
    private const double MaxSizeShare = 0.9;

    /// <summary>Its baseline is off the figure's by at least this share of the figure's size, and at most <see cref="MaxShift"/>.</summary>
    private const double MinShift = 0.12;

    private const double MaxShift = 0.7;

    /// <summary>It follows the figure closer than this share of the figure's size: a mark is set against what it marks.</summary>
    private const double MaxGap = 0.3;

    /// <summary>The page's glyphs without the marks' glyphs, and the marks with the figure glyph each follows.</summary>
    public static (List<Glyph> Glyphs, List<PageNoteMark> Marks) Split(List<Glyph> glyphs, int pageNumber)
    {
        var digits = new List<int>();
        for (var i = 0; i < glyphs.Count; i++)
            if (IsDigit(glyphs[i].Text)) digits.Add(i);
        if (digits.Count == 0) return (glyphs, []);
        var largest = digits.Max(i => glyphs[i].Size);
        // The common page: every digit of one size, nothing to look for.
        if (digits.All(i => glyphs[i].Size > largest * MaxSizeShare)) return (glyphs, []);

        var figureEnds = Enumerable.Range(0, glyphs.Count).Where(i => IsDigit(glyphs[i].Text) || CellValueParser.IsUnit(glyphs[i].Text)).ToList();
        var marks = new List<(int Figure, List<int> Digits, bool Raised)>();
        // left to right, so that a mark of two digits (12) follows its first digit
        foreach (var i in digits.Where(i => glyphs[i].Size <= largest * MaxSizeShare).OrderBy(i => glyphs[i].Left))
        {
            var glyph = glyphs[i];
            if (figureEnds.FirstOrDefault(j => IsBeside(glyph, glyphs[j]), -1) is var figure and >= 0)
                marks.Add((figure, [i], glyph.Baseline > glyphs[figure].Baseline));
            else if (marks.FirstOrDefault(m => Continues(glyph, glyphs[m.Digits[^1]])) is { Digits: not null } mark)
                mark.Digits.Add(i);
            else if (figureEnds.FirstOrDefault(j => IsWrappedUnder(glyph, glyphs[j], glyphs), -1) is var above and >= 0)
                marks.Add((above, [i], true));
        }
        if (marks.Count == 0) return (glyphs, []);

        var taken = marks.SelectMany(m => m.Digits).ToHashSet();
        var rest = glyphs.Where((_, i) => !taken.Contains(i)).ToList();
        return (rest, [.. marks.Select(m => new PageNoteMark(pageNumber, glyphs[m.Figure], Text(m.Digits.Select(d => glyphs[d].Text), m.Raised)))]);
    }

    /// <summary>The blocks with each mark put after the figure of the table cell on its page whose box holds its figure's glyph.</summary>
    public static List<DocumentBlock> Attach(List<DocumentBlock> blocks, List<PageNoteMark> marks)
    {
        if (marks.Count == 0) return blocks;
        return blocks.Select(block => block is GridBlock grid ? new GridBlock(new Grid(
            [.. grid.Grid.Rows.Select(row => (IReadOnlyList<GridCell>)[.. row.Select(cell => WithMarks(cell, marks))])])) : block).ToList();
    }

    private static GridCell WithMarks(GridCell cell, List<PageNoteMark> marks)
    {
        if (cell is not { Box: { } box, Page: { } page } || cell.Text.Length == 0 || !(char.IsDigit(cell.Text[^1]) || CellValueParser.IsUnit(cell.Text[^1..]))) return cell;
        var mark = marks.FirstOrDefault(m => m.Page == page && m.Figure.CenterX >= box.Left && m.Figure.CenterX <= box.Right
                                             && m.Figure.CenterY >= box.Bottom && m.Figure.CenterY <= box.Top);
        return mark is null ? cell : cell with { Text = cell.Text + mark.Text };
    }

    /// <summary>Set small against the figure's end, raised or lowered.</summary>
    private static bool IsBeside(Glyph mark, Glyph figure)
    {
        if (mark.Size > figure.Size * MaxSizeShare) return false;
        var shift = Math.Abs(mark.Baseline - figure.Baseline);
        var gap = mark.Left - figure.Right;
        return shift >= MinShift * figure.Size && shift <= MaxShift * figure.Size && gap >= -0.1 * figure.Size && gap <= MaxGap * figure.Size;
    }

    /// <summary>
    /// Wrapped onto the next line of a narrow cell (LibreOffice breaks after a full-width digit): the small digit starts
    /// the line under a line the figure ends, within the figure's few characters of width, with nothing before it.
    /// </summary>
    private static bool IsWrappedUnder(Glyph mark, Glyph figure, List<Glyph> glyphs)
    {
        var size = figure.Size;
        var drop = figure.Baseline - mark.Baseline;
        if (mark.Size > size * MaxSizeShare || drop < 0.5 * size || drop > 1.8 * size || mark.Left > figure.Right || mark.Left < figure.Left - 4 * size) return false;
        // the figure ends its line's run, and the mark begins its own
        return !glyphs.Any(g => g.Size > size * MaxSizeShare && (Follows(g, figure, size) || Follows(mark, g, size)));
    }

    /// <summary><paramref name="next"/> stands right after <paramref name="before"/> on its line, less than a glyph apart.</summary>
    private static bool Follows(Glyph next, Glyph before, double size) =>
        Math.Abs(next.Baseline - before.Baseline) <= 0.6 * size && next.Left - before.Right >= -0.1 * size && next.Left - before.Right <= size;

    /// <summary>The next digit of a mark: same size and baseline, set right after the one before.</summary>
    private static bool Continues(Glyph digit, Glyph before) =>
        Math.Abs(digit.Size - before.Size) <= 0.1 * before.Size && Math.Abs(digit.Baseline - before.Baseline) <= 0.1 * before.Size
        && digit.Left - before.Right is var gap && gap >= -0.1 * before.Size && gap <= MaxGap * before.Size;

    /// <summary>The mark as superscript or subscript digits (a full-width digit too: １ is ¹).</summary>
    private static string Text(IEnumerable<string> digits, bool raised)
    {
        var ascii = string.Concat(digits.SelectMany(d => d).Select(c => (char)('0' + char.GetNumericValue(c))));
        return raised ? NoteMarks.Raised(ascii) : NoteMarks.Lowered(ascii);
    }

    /// <summary>A figure's digits, half or full width.</summary>
    private static bool IsDigit(string text) => text.Length > 0 && text.All(c => char.IsDigit(c) && char.GetNumericValue(c) is >= 0 and <= 9);
}

/// <summary>A note's mark found on a page: its text (superscript or subscript digits) and the figure glyph it follows.</summary>
internal sealed record PageNoteMark(int Page, Glyph Figure, string Text);
