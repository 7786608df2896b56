using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// A label wrapped over several lines of a grid with its row's figures on one line in between, as a PDF's narrow label
/// column converted to text with its layout kept prints it (<c>pdftotext -layout</c>):
/// <code>
/// （六）其他处理   1.申请人无正当理
///                  由逾期不补正、行政
///                                       0   0   0   0
///                  机关不再处理其政府
///                  信息公开申请
/// </code>
/// The pieces and the figures are one row only where the pieces together are a template row's whole label as the
/// template numbers it; no piece but the first is numbered, none prints a figure of its own, and the figures' line
/// prints nothing else.
/// </summary>
public static class LabelAroundFigures
{
    /// <summary>The most lines a label's pieces take on either side of its figures.</summary>
    private const int MaxPiecesASide = 4;

    /// <returns>The row, and how many lines it took from <paramref name="index"/>; or null.</returns>
    public static (ReportLine Row, int Taken)? Join(List<ReportLine> lines, int index, LabelMatcher matcher)
    {
        var head = lines[index];
        if (!head.IsGridRow || head.Parts is not { HasValues: false, LabelCells.Count: > 0 } headParts)
            return null;
        var label = headParts.Leaf.Trim();
        if (label.Length == 0 || IsWhole(label, matcher))
            return null;
        var next = index + 1;
        for (var taken = 0; taken < MaxPiecesASide && Piece(lines, next, head) is { } before; taken++, next++)
            label += before;
        if (next >= lines.Count || !SameGrid(lines[next], head) || lines[next].Parts is not { HasValues: true } figures)
            return null;
        // figures printed after a piece of the label on their line may stand a column over: where the text counted a
        // character a column, a fixed-pitch reading puts them right by the piece's width
        if (figures.LabelCells.Count > 0)
            return null;
        var figureLine = next++;
        for (var after = 0; !IsWhole(label, matcher); after++, next++)
        {
            if (after == MaxPiecesASide || Piece(lines, next, head) is not { } piece)
                return null;
            label += piece;
        }
        var leaf = headParts.LabelCells[^1];
        if (figures.ValueCells.Any(c => c.Col <= leaf.Col && CellValueParser.IsValueOrPlaceholder(c.Text)))
            return null; // a figure stands where the label does: the columns do not line up
        if (!InNamedRowsColumns(lines, figures, head, matcher))
            return null; // (last: it reads the whole grid)
        var cells = headParts
            .LabelCells.Select(c => ReferenceEquals(c, leaf) ? c with { Text = label } : c)
            .Concat(figures.ValueCells.Where(c => c.Col > leaf.Col))
            .ToList();
        var row = lines[figureLine] with
        {
            Cells = cells,
            Normalized = LabelNormalizer.Normalize(string.Concat(cells.Select(c => c.Text))),
        };
        return (row, next - index);
    }

    /// <summary>The text of a line of the same grid that holds one unnumbered piece of a label and nothing
    /// else.</summary>
    private static string? Piece(List<ReportLine> lines, int index, ReportLine head) =>
        index < lines.Count
        && SameGrid(lines[index], head)
        && lines[index].Parts is { HasValues: false, LabelCells.Count: 1 } parts
        && parts.Leaf.Trim() is var text
        && IsPiece(text)
            ? text
            : null;

    /// <summary>
    /// Whether every figure stands in a column where a row of the grid that prints its label and figures on one line,
    /// and names a template row, prints one too: where the text counted a character a column, a fixed-pitch reading
    /// sets those rows' figures a column over from the figures printed alone, and then they are no evidence.
    /// </summary>
    private static bool InNamedRowsColumns(
        List<ReportLine> lines,
        RowParts figures,
        ReportLine head,
        LabelMatcher matcher
    )
    {
        var columns = lines
            .Where(l => SameGrid(l, head) && l.Parts is { HasValues: true, LabelCells.Count: > 0 })
            .Where(l => matcher.Match(l.Parts, null) is not null)
            .SelectMany(l => l.Parts.ValueCells.Where(c => CellValueParser.IsValueOrPlaceholder(c.Text)))
            .Select(c => c.Col)
            .ToHashSet();
        var printed = figures.ValueCells.Where(c => CellValueParser.IsValueOrPlaceholder(c.Text)).ToList();
        return printed.Count > 0 && printed.All(c => columns.Contains(c.Col));
    }

    private static bool IsPiece(string text) =>
        text.Length is > 0 and <= 20 && !LabelNormalizer.StartsNumbered(text) && !text.Any(char.IsAsciiDigit);

    private static bool IsWhole(string label, LabelMatcher matcher) =>
        matcher.IsWholeLabelAsNumbered(LabelNormalizer.Normalize(label));

    private static bool SameGrid(ReportLine line, ReportLine head) =>
        line.IsGridRow && line.GridIndex == head.GridIndex;
}
