using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>The rests of labels a page break cut, at the head of the page a table goes on: lines of the table, not its
/// header.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// The line is the rest of a row's label cut by a page break, under the header the page repeats (4.无正当理由大量反 |
    /// 0 … at one page's foot; the header again, then 复申请): unnumbered, starting where a label of the table starts,
    /// and where no label text of the lines above it (the header's) starts.
    /// </summary>
    private static bool LabelRestUnderHeader(
        List<StreamLine> lines,
        int index,
        List<Piece> tableLabels,
        double valueLeft
    )
    {
        var line = lines[index];
        var left = line.Pieces[0].Left;
        if (
            LabelNormalizer.StartsNumbered(line.Pieces[0].Text)
            || !line.Pieces.All(p => !p.IsFigure && p.Right < valueLeft)
            || !tableLabels.Any(l => Math.Abs(l.Left - left) <= line.Size)
        )
            return false;
        return !lines
            .Take(index)
            .TakeLast(MaxHeaderLines)
            .Any(l => l.Pieces.Any(p => !p.IsFigure && p.Right < valueLeft && Math.Abs(p.Left - left) <= line.Size));
    }

    /// <summary>
    /// The page's first line holds the rests of labels a page break cut, in two label columns or more, right above the
    /// table's first row: a group label's first character and the end of the previous page's last row label, cells set
    /// at their top (辦 | 禁止公开 over 3.危及“三安全一稳定” beside 理, its group label 三、本年度办理结果 going on down its
    /// lines). Unnumbered pieces without a digit, each starting where a label of the table starts. (One piece alone
    /// stays text, joined to the label it ends: <see cref="PageContinuation"/>.)
    /// </summary>
    private static bool LabelRestsAtPageHead(
        List<StreamLine> lines,
        int index,
        List<Piece> tableLabels,
        double valueLeft
    )
    {
        var line = lines[index];
        return lines.Take(index).All(l => l.Carried)
            && line.Pieces.Count >= 2
            && line.Pieces.All(p =>
                p.Right < valueLeft
                && !p.Text.Any(char.IsDigit)
                && !LabelNormalizer.StartsNumbered(p.Text)
                && tableLabels.Any(l => Math.Abs(l.Left - p.Left) <= line.Size)
            )
            && line.Pieces.Select(p => tableLabels.First(l => Math.Abs(l.Left - p.Left) <= line.Size).Left)
                .Distinct()
                .Count() == line.Pieces.Count;
    }

    /// <summary>The most lines a table's header is printed over.</summary>
    private const int MaxHeaderLines = 8;
}
