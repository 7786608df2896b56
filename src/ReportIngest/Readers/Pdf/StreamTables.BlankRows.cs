using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>Rows printed blank at the edges of a table without rulings: label lines beside no figures that are its
/// rows, above its first row of figures or below its last.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// A line of a row printed blank next to the table's rows (at the head or foot of a page the table is cut by): an
    /// item label left of the figures, with its number, standing where the table's labels stand, a row or less away.
    /// </summary>
    private static bool BlankRowLine(StreamLine line, StreamLine neighbour, List<Piece> tableLabels, double valueLeft)
    {
        if (!line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft))
            return false;
        var gap = Math.Max(line.Line.Bottom - neighbour.Line.Top, neighbour.Line.Bottom - line.Line.Top);
        return gap <= 1.5 * line.Size
            && line.Pieces.Any(p =>
                LabelNormalizer.StartsNumbered(p.Text) && tableLabels.Any(l => Math.Abs(l.Left - p.Left) <= p.Size)
            );
    }

    /// <summary>
    /// The line is the last of a row printed blank whose label is wrapped over lines, a row or less above the first
    /// row: each line of it starts where a label of the table starts, a line's spacing under the one before, and only
    /// the first has an item number (<see cref="BlankRowLine"/>). The index of that first line, or null.
    /// </summary>
    private static int? WrappedBlankRow(
        List<StreamLine> lines,
        bool[] used,
        int last,
        int first,
        List<Piece> tableLabels,
        double valueLeft
    )
    {
        bool LabelLine(StreamLine line) =>
            line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
            && tableLabels.Any(l => Math.Abs(l.Left - line.Pieces[0].Left) <= line.Size);
        var lowest = lines[last];
        if (!LabelLine(lowest) || lowest.Line.Bottom - lines[first].Line.Top > 1.5 * lowest.Size)
            return null;
        for (
            var top = last - 1;
            top >= 0 && last - top < MaxWrappedLabelLines && !used[top] && !lines[top].Carried;
            top--
        )
        {
            var (upper, lower) = (lines[top], lines[top + 1]);
            if (
                upper.Line.Bottom - lower.Line.Top > 0.8 * lower.Size
                || LabelNormalizer.StartsNumbered(lower.Pieces[0].Text)
            )
                return null;
            if (BlankRowLine(upper, lower, tableLabels, valueLeft))
                return top;
            if (!LabelLine(upper))
                return null;
        }
        return null;
    }

    /// <summary>The most lines a row label printed blank is wrapped over in a table's narrow label column.</summary>
    private const int MaxWrappedLabelLines = 4;

    /// <summary>
    /// The line and the one above it are a row printed blank whose label is left open over two lines, between the
    /// header (its last line right above) and the first row: the upper line starts where a label of the table starts,
    /// or is centred where one is, and leaves a bracket open, the lower stands within it, a line's spacing under it,
    /// and a row or less above the first row.
    /// </summary>
    private static bool OpenBlankFirstRow(
        List<StreamLine> lines,
        int index,
        int first,
        List<Piece> tableLabels,
        double valueLeft
    )
    {
        var (line, upper, over) = (lines[index], lines[index - 1], lines[index - 2]);
        var size = line.Size;
        return line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
            && upper.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
            && LabelNormalizer.LeftOpen(upper.Line.Text)
            && tableLabels.Any(l =>
                Math.Abs(l.Left - upper.Pieces[0].Left) <= size
                || Math.Abs(l.Center - (upper.Line.Left + upper.Line.Right) / 2) <= size
            )
            && line.Line.Left >= upper.Line.Left - size
            && line.Line.Right <= upper.Line.Right + size
            && upper.Line.Bottom - line.Line.Top <= 0.8 * size
            && line.Line.Bottom - lines[first].Line.Top <= 1.5 * size
            && over.Pieces.Any(p => p.Center >= valueLeft - size);
    }

    /// <summary>
    /// A label line between the header and the first row of figures, a row apart from both: the table's first row,
    /// printed blank (行政许可 under 信息内容 | 上一年项目数量 …, above 其他对外管理服务事项 | 0 0 0). A header's own label
    /// (信息内容) stands level with the header's words over the figures.
    /// </summary>
    private static bool BlankFirstRow(StreamLine line, StreamLine header, StreamLine firstRow) =>
        header.Line.Bottom - line.Line.Top >= 0.3 * line.Size
        && line.Line.Bottom - firstRow.Line.Top >= 0.8 * line.Size;
}
