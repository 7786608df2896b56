using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Text that prints a table's figures on lines of their own (a PDF converted to text a cell a line, or with the figures
/// centred between a wrapped label's lines): which lines are figures, whether the document prints each row's label
/// before its figures, and the row a label makes with the figure lines under it.
/// </summary>
public sealed class FigureLines
{
    private readonly List<ReportLine> _lines;
    private readonly LabelMatcher _matcher;

    /// <summary>Each line's figures, worked out once: null for a line that is not figures alone.</summary>
    private readonly List<GridCell>?[] _figures;
    private readonly bool _labelsFirst;

    /// <summary>Reads the document's lines once; <see cref="Join"/> marks in them the labels it leaves beside
    /// figures.</summary>
    public FigureLines(List<ReportLine> lines, LabelMatcher matcher)
    {
        (_lines, _matcher) = (lines, matcher);
        _figures = [.. lines.Select(Of)];
        _labelsFirst = LabelsComeBeforeTheirFigures();
    }

    /// <summary>The line holds figures or placeholders and nothing else.</summary>
    public bool IsFigures(int index) => _figures[index] is not null;

    /// <summary>
    /// A row's label on a text line of its own and its figures on the text lines right under it, one or more to a line,
    /// maybe with the label's unnumbered end on the line after them: one row, its figures in the order printed, each
    /// with its own line's locator. Only a label that is a template row's whole label (with its end, or alone; numbered
    /// where the template numbers it, so that a header's 其他 or 总计 is no row) takes figures; a label line that does not,
    /// or has figures only above it, is marked as beside figures: never a row printed blank. Some conversions print a
    /// row's figures before its label: labels take figures only where every run of figure lines follows a row's
    /// label.
    /// </summary>
    /// <returns>The row and how many lines it took, or null.</returns>
    public (ReportLine Row, int Taken)? Join(int index)
    {
        var lines = _lines;
        var head = lines[index];
        var headText = head.Text.Trim();
        if (head.IsGridRow || headText.Length is 0 or > 40 || _figures[index] is not null)
            return null;
        if (TextRowParser.TryParse(headText, head.Locator) is not null)
            return null; // its figures are on its own line
        var figures = new List<GridCell>();
        var next = index + 1;
        for (; next < lines.Count && _figures[next] is { } below; next++)
            figures.AddRange(below);
        var figuresAbove = index > 0 && _figures[index - 1] is not null;
        if (figures.Count == 0)
        {
            if (figuresAbove)
                lines[index] = head with { FiguresBeside = true };
            return null;
        }
        var (label, taken) = _labelsFirst ? RowLabel(index, next) : (null, 0);
        if (label is null)
        {
            lines[index] = head with { FiguresBeside = true };
            return null;
        }
        List<GridCell> cells =
        [
            new(0, 0, label, head.Locator) { Basis = ColumnBasis.Sequence },
            .. figures.Select((f, i) => f with { Col = i + 1 }),
        ];
        return (
            head with
            {
                Cells = cells,
                Normalized = LabelNormalizer.Normalize(string.Concat(cells.Select(c => c.Text))),
            },
            taken
        );
    }

    /// <summary>
    /// The label of the figures on the lines from <paramref name="head"/> + 1 to <paramref name="next"/>: the head
    /// line with the unnumbered end of the label printed after them, or alone, where that is a row's whole label; and
    /// how many lines it takes.
    /// </summary>
    private (string? Label, int Taken) RowLabel(int head, int next)
    {
        var (lines, matcher) = (_lines, _matcher);
        var headText = lines[head].Text.Trim();
        var rest =
            next < lines.Count
            && !lines[next].IsGridRow
            && lines[next].Text.Trim() is { Length: > 0 and <= MaxLabelRest } end
            && !end.Any(char.IsAsciiDigit)
            && !LabelNormalizer.StartsNumbered(end)
                ? end
                : null;
        return rest is not null && matcher.IsWholeLabelAsNumbered(LabelNormalizer.Normalize(headText + rest))
                ? (headText + rest, next + 1 - head)
            : matcher.IsWholeLabelAsNumbered(LabelNormalizer.Normalize(headText)) ? (headText, next - head)
            : (null, 0);
    }

    /// <summary>
    /// Whether a document that prints figures on text lines of their own prints each row's label before them: some run
    /// of such lines follows a row's label, and none follows a line that is no row's label (a header, a heading) while
    /// a row's label follows it — the sign of figures printed before their labels, where no label takes the figures
    /// under it.
    /// </summary>
    private bool LabelsComeBeforeTheirFigures()
    {
        var (lines, matcher) = (_lines, _matcher);
        var labelled = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (_figures[i] is null || _figures[i - 1] is not null)
                continue;
            var next = i;
            while (next < lines.Count && _figures[next] is not null)
                next++;
            var labelBefore = !lines[i - 1].IsGridRow && RowLabel(i - 1, next).Label is not null;
            var labelAfter =
                next < lines.Count
                && !lines[next].IsGridRow
                && matcher.IsWholeLabelAsNumbered(LabelNormalizer.Normalize(lines[next].Text.Trim()));
            if (!labelBefore && labelAfter)
                return false;
            if (labelBefore)
                labelled++;
        }
        return labelled > 0;
    }

    /// <summary>The longest end of a label wrapped under its figures that is joined to it.</summary>
    private const int MaxLabelRest = 16;

    /// <summary>The figures of a text line that holds figures or placeholders and nothing else, one cell each; else
    /// null.</summary>
    private static List<GridCell>? Of(ReportLine line)
    {
        if (line.IsGridRow)
            return null;
        var tokens = line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(CellValueParser.IsValueOrPlaceholder)
            ? [.. tokens.Select(t => new GridCell(0, 0, t, line.Locator) { Basis = ColumnBasis.Sequence })]
            : null;
    }
}
