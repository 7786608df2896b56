using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// A note's reference printed after a figure as a small raised or lowered digit (80 with a superscript 1). In a PDF it
/// is only a smaller glyph off the figure's baseline: on the figure's line it would read 801, on a line of its own it
/// stands between two rows. Its glyphs are taken off the page before lines and tables are laid out, and the mark is put
/// back at the end of the cell its figure ends, as the superscript or subscript digits it is (80¹,
/// <see cref="NoteMarks"/>); a mark whose figure ends no cell is left out, and the figure read as printed.
/// </summary>
internal static class NoteMarkGlyphs
{
    /// <summary>A mark's glyph is at most this share of the figure's size (Word sets superscripts at about 60%,
    /// browsers at 83%).</summary>
    private const double MaxSizeShare = 0.9;

    /// <summary>Its baseline is off the figure's by at least this share of the figure's size, and at most <see
    /// cref="MaxShift"/>.</summary>
    private const double MinShift = 0.12;

    private const double MaxShift = 0.7;

    /// <summary>A mark wrapped under its figure stands at most this share of the figure's size lower.</summary>
    private const double MaxWrapDrop = 1.8;

    /// <summary>It follows the figure closer than this share of the figure's size: a mark is set against what it
    /// marks.</summary>
    private const double MaxGap = 0.3;

    /// <summary>The page's glyphs without the marks' glyphs, and the marks with the figure glyph each
    /// follows.</summary>
    public static (List<Glyph> Glyphs, List<PageNoteMark> Marks) Split(List<Glyph> glyphs, int pageNumber)
    {
        var largest = 0.0;
        foreach (var glyph in glyphs)
            if (IsDigit(glyph.Text))
                largest = Math.Max(largest, glyph.Size);
        var small = new List<int>();
        for (var i = 0; i < glyphs.Count; i++)
            if (glyphs[i].Size <= largest * MaxSizeShare && IsDigit(glyphs[i].Text))
                small.Add(i);
        // The common page: every digit of one size, nothing to look for.
        if (small.Count == 0)
            return (glyphs, []);

        var ends = new FigureEnds(glyphs);
        // left to right, so that a mark of two digits (12) follows its first digit
        small.Sort(
            (a, b) => glyphs[a].Left.CompareTo(glyphs[b].Left) is var byLeft and not 0 ? byLeft : a.CompareTo(b)
        );
        var marks = new List<(int Figure, List<int> Digits, bool Raised)>();
        foreach (var i in small)
        {
            var glyph = glyphs[i];
            if (ends.First(glyph, static (mark, figure, _) => IsBeside(mark, figure)) is var figure and >= 0)
                marks.Add((figure, [i], glyph.Baseline > glyphs[figure].Baseline));
            else if (Continued(marks, glyph, glyphs) is { } digits)
                digits.Add(i);
            else if (ends.First(glyph, IsWrappedUnder) is var above and >= 0)
                marks.Add((above, [i], true));
        }
        if (marks.Count == 0)
            return (glyphs, []);

        var taken = marks.SelectMany(m => m.Digits).ToHashSet();
        var rest = glyphs.Where((_, i) => !taken.Contains(i)).ToList();
        return (
            rest,
            [
                .. marks.Select(m => new PageNoteMark(
                    pageNumber,
                    glyphs[m.Figure],
                    Text(m.Digits.Select(d => glyphs[d].Text), m.Raised)
                )),
            ]
        );
    }

    /// <summary>The digits of the mark this digit is the next one of, if any.</summary>
    private static List<int>? Continued(
        List<(int Figure, List<int> Digits, bool Raised)> marks,
        Glyph digit,
        List<Glyph> glyphs
    )
    {
        foreach (var mark in marks)
            if (Continues(digit, glyphs[mark.Digits[^1]]))
                return mark.Digits;
        return null;
    }

    /// <summary>
    /// The glyphs a figure can end with (a digit or a unit) by baseline: a mark's figure stands at most
    /// <see cref="MaxShift"/> of its size above the mark's baseline, or <see cref="MaxWrapDrop"/> of it below (a mark
    /// wrapped under it).
    /// </summary>
    private sealed class FigureEnds
    {
        private readonly List<Glyph> _glyphs;
        private readonly double[] _baselines;
        private readonly int[] _indexes;
        private readonly double _largest;

        public FigureEnds(List<Glyph> glyphs)
        {
            _glyphs = glyphs;
            var indexes = new List<int>();
            for (var i = 0; i < glyphs.Count; i++)
                if (IsDigit(glyphs[i].Text) || CellValueParser.IsUnit(glyphs[i].Text))
                {
                    indexes.Add(i);
                    _largest = Math.Max(_largest, glyphs[i].Size);
                }
            _indexes = [.. indexes];
            _baselines = [.. indexes.Select(i => glyphs[i].Baseline)];
            Array.Sort(_baselines, _indexes);
        }

        /// <summary>The first figure end in page order that <paramref name="matches"/>, of those near enough to the
        /// mark; -1 if none.</summary>
        public int First(Glyph mark, Func<Glyph, Glyph, List<Glyph>, bool> matches)
        {
            var first = -1;
            for (
                var k = LowerBound(mark.Baseline - MaxShift * _largest);
                k < _baselines.Length && _baselines[k] <= mark.Baseline + MaxWrapDrop * _largest;
                k++
            )
                if ((first < 0 || _indexes[k] < first) && matches(mark, _glyphs[_indexes[k]], _glyphs))
                    first = _indexes[k];
            return first;
        }

        private int LowerBound(double baseline)
        {
            var (low, high) = (0, _baselines.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_baselines[middle] < baseline)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        }
    }

    /// <summary>The blocks with each mark put after the figure of the table cell on its page whose box holds its
    /// figure's glyph.</summary>
    public static List<DocumentBlock> Attach(List<DocumentBlock> blocks, List<PageNoteMark> marks)
    {
        if (marks.Count == 0)
            return blocks;
        return blocks
            .Select(block => block is GridBlock grid ? grid with { Grid = WithMarks(grid.Grid, marks) } : block)
            .ToList();
    }

    private static Grid WithMarks(Grid grid, List<PageNoteMark> marks) =>
        new([.. grid.Rows.Select(row => (IReadOnlyList<GridCell>)[.. row.Select(cell => WithMarks(cell, marks))])]);

    private static GridCell WithMarks(GridCell cell, List<PageNoteMark> marks)
    {
        if (
            cell is not { Box: { } box, Page: { } page }
            || cell.Text.Length == 0
            || !(char.IsDigit(cell.Text[^1]) || CellValueParser.IsUnit(cell.Text[^1..]))
        )
            return cell;
        var mark = marks.FirstOrDefault(m =>
            m.Page == page
            && m.Figure.CenterX >= box.Left
            && m.Figure.CenterX <= box.Right
            && m.Figure.CenterY >= box.Bottom
            && m.Figure.CenterY <= box.Top
        );
        return mark is null ? cell : cell with { Text = cell.Text + mark.Text };
    }

    /// <summary>Set small against the figure's end, raised or lowered.</summary>
    private static bool IsBeside(Glyph mark, Glyph figure)
    {
        if (mark.Size > figure.Size * MaxSizeShare)
            return false;
        var shift = Math.Abs(mark.Baseline - figure.Baseline);
        var gap = mark.Left - figure.Right;
        return shift >= MinShift * figure.Size
            && shift <= MaxShift * figure.Size
            && gap >= -0.1 * figure.Size
            && gap <= MaxGap * figure.Size;
    }

    /// <summary>
    /// Wrapped onto the next line of a narrow cell (LibreOffice breaks after a full-width digit): the small digit
    /// starts the line under a line the figure ends, within the figure's few characters of width, with nothing before
    /// it.
    /// </summary>
    private static bool IsWrappedUnder(Glyph mark, Glyph figure, List<Glyph> glyphs)
    {
        var size = figure.Size;
        var drop = figure.Baseline - mark.Baseline;
        if (
            mark.Size > size * MaxSizeShare
            || drop < 0.5 * size
            || drop > MaxWrapDrop * size
            || mark.Left > figure.Right
            || mark.Left < figure.Left - 4 * size
        )
            return false;
        // the figure ends its line's run, and the mark begins its own
        return !glyphs.Any(g => g.Size > size * MaxSizeShare && (Follows(g, figure, size) || Follows(mark, g, size)));
    }

    /// <summary><paramref name="next"/> stands right after <paramref name="before"/> on its line, less than a glyph
    /// apart.</summary>
    private static bool Follows(Glyph next, Glyph before, double size) =>
        Math.Abs(next.Baseline - before.Baseline) <= 0.6 * size
        && next.Left - before.Right >= -0.1 * size
        && next.Left - before.Right <= size;

    /// <summary>The next digit of a mark: same size and baseline, set right after the one before.</summary>
    private static bool Continues(Glyph digit, Glyph before) =>
        Math.Abs(digit.Size - before.Size) <= 0.1 * before.Size
        && Math.Abs(digit.Baseline - before.Baseline) <= 0.1 * before.Size
        && digit.Left - before.Right is var gap
        && gap >= -0.1 * before.Size
        && gap <= MaxGap * before.Size;

    /// <summary>The mark as superscript or subscript digits (a full-width digit too: １ is ¹).</summary>
    private static string Text(IEnumerable<string> digits, bool raised)
    {
        var ascii = string.Concat(digits.SelectMany(d => d).Select(c => (char)('0' + char.GetNumericValue(c))));
        return raised ? NoteMarks.Raised(ascii) : NoteMarks.Lowered(ascii);
    }

    /// <summary>A figure's digits, half or full width.</summary>
    private static bool IsDigit(string text) =>
        text.Length > 0 && text.All(c => char.IsDigit(c) && char.GetNumericValue(c) is >= 0 and <= 9);
}

/// <summary>A note's mark found on a page: its text (superscript or subscript digits) and the figure glyph it
/// follows.</summary>
internal sealed record PageNoteMark(int Page, Glyph Figure, string Text);
