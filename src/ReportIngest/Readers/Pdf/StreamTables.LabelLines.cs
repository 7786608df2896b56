using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>A label wrapped past a table's figures: its first line above the first row's figures, its last lines
/// below the last row's.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// The line goes on the labels of the table above it: a line's spacing under it, no item number of its own, each
    /// piece starting where a label of the table starts and no wider than that label's column (not 行政复议 … 行政诉讼,
    /// the next table's group names spread wider).
    /// </summary>
    private static bool LabelLineGoesOn(StreamLine line, StreamLine above, List<Piece> labelPieces)
    {
        if (LabelNormalizer.StartsNumbered(line.Pieces[0].Text) || above.Line.Bottom - line.Line.Top > 1.2 * line.Size)
            return false;
        return line.Pieces.All(piece =>
            labelPieces.Where(p => Math.Abs(p.Left - piece.Left) <= piece.Size).ToList() is { Count: > 0 } column
            && piece.Right <= column.Max(p => p.Right) + piece.Size
        );
    }

    /// <summary>
    /// The line is the start of a label that goes on below it, beside the table's first figures: left of the figures,
    /// at line spacing above them, and the label's next line starts where it does with no item number of its own (on
    /// the figures' line, or on the line after when the figures are centred between the label's two lines).
    /// </summary>
    private static bool LabelHead(List<StreamLine> lines, int index, double valueLeft)
    {
        var (line, figuresLine) = (lines[index], lines[index + 1]);
        if (
            !line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
            || line.Line.Bottom - figuresLine.Line.Top > 0.8 * line.Size
        )
            return false;
        var rest = figuresLine.Pieces[0].IsFigure
            ? index + 2 < lines.Count
                ? lines[index + 2]
                : null
            : figuresLine;
        if (
            rest is null
            || rest.Pieces[0].IsFigure
            || (rest != figuresLine && rest.Line.Top < figuresLine.Line.Bottom - 0.8 * line.Size)
        )
            return false;
        var label = rest.Pieces[0];
        return !LabelNormalizer.StartsNumbered(label.Text)
            && (Math.Abs(line.Pieces[0].Left - label.Left) <= label.Size || LabelNormalizer.LeftOpen(line.Line.Text));
    }
}
