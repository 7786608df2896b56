using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>Where a table without rulings is: the lines of its body and header, and where it ends.</summary>
internal static partial class StreamTables
{
    /// <summary>The lines of the table starting at <paramref name="start"/>: header lines above it, then its body; null
    /// when it is no table.</summary>
    private static (List<int> Lines, int HeaderCount)? Region(List<StreamLine> lines, int start, bool[] used)
    {
        var figures = new List<Piece>(FiguresOf(lines[start]));
        double ValueLeft() => figures.Min(f => f.Left);
        // Lone digits right above the first row, each touching the next: the head of a figure stacked a digit a line in
        // a narrow column (5 over 一、… | 51 4 1 over 9 is 59), standing between the header's words.
        var lead = new List<int>();
        int? labelHead = null;
        var labelEnd = lines[start]
            .Pieces.Where(p => !p.IsFigure && !IsUnit(p))
            .Select(p => p.Right)
            .DefaultIfEmpty(double.MinValue)
            .Max();
        for (var j = start - 1; j >= 0 && !used[j] && !lines[j].Carried; j--)
        {
            var (line, next) = (lines[j], lines[lead.Count > 0 ? lead[^1] : start]);
            // the first line of the first row's label may stand between (a page's first row, its label wrapped)
            if (lead.Count == 0 && j == start - 1 && LabelHead(lines, j, ValueLeft()))
            {
                labelHead = j;
                continue;
            }
            // or the heads of figures cut after a thousands separator, in several columns (２， over ５０９件)
            var heads = line.Pieces is [var digit] ? IsDigits(digit) : line.Pieces.All(IsFigureHead);
            if (!heads || line.Line.Bottom - next.Line.Top > 0.6 * line.Size)
                break;
            // a figure whose unit wrapped under it, past the row's line (１７ over 件, centred on the row), may stand
            // close to the label's end
            if (
                line.Pieces.Any(head =>
                    head.Left < Math.Min(ValueLeft(), labelEnd + head.Size)
                    && !lines.Skip(start).Take(2).Any(l => l.Pieces.Any(p => IsUnit(p) && Above(head, p)))
                )
            )
                break;
            lead.Add(j);
        }
        lead.Reverse();
        figures.AddRange(lead.SelectMany(j => lines[j].Pieces));
        var body = new List<int>([
            .. lead,
            .. lead.Count > 0 && labelHead is { } head ? [head] : Array.Empty<int>(),
            start,
        ]);
        // a lone figure among the figures' columns right over more of the table's figures or their units: a cell
        // printed at another height than its row's (a figure of one line centred beside cells of two, 0 beside 0 / 件),
        // in a column whose figures this page has not shown yet
        bool Amid(Piece lone, int index) =>
            lone.Left >= ValueLeft() - lone.Size
            && lone.Right <= figures.Max(f => f.Right) + lone.Size
            && index + 1 < lines.Count
            && !used[index + 1]
            && (
                lines[index + 1].StartsTable
                || lines[index + 1].Pieces.Where(p => p.Center >= ValueLeft()).ToList() is { Count: > 0 } units
                    && units.All(IsUnit)
            )
            && lines[index].Line.Bottom - lines[index + 1].Line.Top <= lone.Size;
        var lastFigureLine = start;
        var lastValueLine = start;
        for (var j = start + 1; j < lines.Count && !used[j]; j++)
        {
            var line = lines[j];
            if (lines[body[^1]].Line.Bottom - line.Line.Top > MaxLineGap * line.Size)
                break;
            var tolerance = line.Size;
            // another table's figures (section 四 under 三); not a line overlapping the last figures' line: that is the
            // same row's cells printed at another height, between the lines of its wrapped cells (３０ over 件 beside ８件)
            if (
                line.StartsTable
                && line.Line.Top <= lines[lastFigureLine].Line.Bottom
                && StandsApart(
                    FiguresOf(line).ToList(),
                    figures,
                    farBelow: lines[lastFigureLine].Line.Bottom - line.Line.Top > 2 * line.Size
                )
            )
                break;
            if (
                line.StartsTable
                || (line.Pieces is [var lone] && lone.IsFigure && (Aligned(lone, figures) || Amid(lone, j)))
            )
            {
                figures.AddRange(FiguresOf(line));
                body.Add(j);
                lastFigureLine = lastValueLine = j;
                continue;
            }
            // the heads of the next row's figures, cut right after a thousands separator (２， over ５０９件), beside label
            // text maybe (the first character of a group label printed a character a line: 三 | 1,1 over （一）予以公开 | 46)
            var heads = line.Pieces.Where(p => p.Right > ValueLeft() + tolerance || p.IsFigure).ToList();
            if (
                heads.Count > 0
                && heads.All(p => IsFigureHead(p) && Aligned(p, figures))
                && j + 1 < lines.Count
                && !used[j + 1]
                && lines[j + 1].StartsTable
            )
            {
                body.Add(j);
                continue;
            }
            // units, or the last digits of figures with their unit, wrapped under figures of the table end them (12 /
            // 8件)
            if (
                line.Pieces.All(p =>
                    p.Right <= ValueLeft() + tolerance
                    || ((IsUnit(p) || (EndsFigure(p) && !IsDigits(p))) && figures.Any(f => Above(f, p)))
                )
            )
            {
                body.Add(j);
                if (line.Pieces.Any(p => p.Right > ValueLeft() + tolerance))
                    lastValueLine = j;
                continue;
            }
            break;
        }
        // After the last row of figures, only the end of its label belongs to the table: the next line, unnumbered,
        // starting where a label of the table starts, level with the figures or mirroring a label line above them (a
        // cell's text is centred on its figures; a sub-header below is the next table's).
        var keep = body.IndexOf(lastValueLine) + 1;
        var labelPieces = body.Take(keep).SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure)).ToList();
        var lastMiddle = FiguresOf(lines[lastFigureLine]).Average(p => p.Middle);
        var pitch = Pitch(labelPieces);
        if (
            keep < body.Count
            && lines[body[keep]].Pieces[0] is var tail
            && LabelLineGoesOn(lines[body[keep]], lines[body[keep - 1]], labelPieces)
            && (
                lastMiddle - tail.Middle <= 0.65 * pitch
                || labelPieces.Any(p => Math.Abs(p.Middle - (2 * lastMiddle - tail.Middle)) <= 0.3 * pitch)
            )
        )
        {
            keep++;
            // a label wrapped over more lines than that (at a page's foot): on while the line above it is full, as wide
            // as the label's lines beside its figures and the first below them, give or take a character kept off a
            // line's start (、)
            var wrapRight = lines[lastFigureLine]
                .Pieces.Where(p => !p.IsFigure && Math.Abs(p.Left - tail.Left) <= tail.Size)
                .Append(tail)
                .Max(p => p.Right);
            while (
                keep < body.Count
                && lines[body[keep - 1]].Line.Right >= wrapRight - 1.2 * tail.Size
                && LabelLineGoesOn(lines[body[keep]], lines[body[keep - 1]], labelPieces)
            )
                keep++;
        }
        // rows printed blank after the last row of figures (3.危及“三安全一稳定” at the foot of the page), and the rest of
        // such a row's label left open ((二)部分公开(区分处理的，只 over 计这一情形，不计其他情形))
        while (
            keep < body.Count
            && (
                BlankRowLine(lines[body[keep]], lines[body[keep - 1]], labelPieces, ValueLeft())
                || (
                    keep > body.IndexOf(lastValueLine) + 1
                    && LabelNormalizer.LeftOpen(lines[body[keep - 1]].Line.Text)
                    && LabelLineGoesOn(
                        lines[body[keep]],
                        lines[body[keep - 1]],
                        [.. labelPieces, .. lines[body[keep - 1]].Pieces]
                    )
                )
            )
        )
            keep++;
        body = body.Take(keep).ToList();

        // Header lines above: words over the figures' columns (and the label text beside them), interleaved lines
        // included; a line that runs from where the table's labels start into the columns is prose or a heading.
        var header = new List<int>();
        var valueLeft = ValueLeft();
        var tableLeft = body.SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure))
            .Select(p => p.Left)
            .DefaultIfEmpty(valueLeft)
            .Min();
        var tableRight = figures.Max(f => f.Right);
        bool Prose(StreamLine line) =>
            line.Pieces.Any(p => p.Left <= tableLeft + 2 * line.Size && p.Right > valueLeft + line.Size);
        // The first line of the first row's label, when the row's figures stand beside its last line (a page begins
        // with a row: （二）部分公开（区分处理的，只计这一 over 情形，不计其他情形） | 4 | 1).
        if (
            body[0] > 0
            && !used[body[0] - 1]
            && !lines[body[0] - 1].Carried
            && LabelHead(lines, body[0] - 1, ValueLeft())
        )
            body.Insert(0, body[0] - 1);
        var first = body[0];
        var tableLabels = body.SelectMany(i => lines[i].Pieces.Where(p => !p.IsFigure)).ToList();
        for (var j = first - 1; j >= 0 && !used[j]; j--)
        {
            var line = lines[j];
            var below = header.Count > 0 ? lines[header[^1]] : lines[first];
            if (
                line.Line.Bottom - below.Line.Top > MaxLineGap * line.Size
                || line.Pieces.Any(p => p.IsFigure)
                || Prose(line)
            )
                break;
            var overValues = line.Pieces.Any(p => p.Center >= valueLeft - line.Size);
            var interleaved =
                !overValues
                && j > 0
                && !used[j - 1]
                && lines[j - 1].Pieces.Any(p => p.Center >= valueLeft - line.Size && !p.IsFigure)
                && !Prose(lines[j - 1]);
            if (
                header.Count == 0
                && !overValues
                && !line.Carried
                && (
                    (interleaved && BlankFirstRow(line, lines[j - 1], lines[first]))
                    || BlankRowLine(line, lines[first], tableLabels, valueLeft)
                    || (interleaved && j == first - 1 && LabelRestUnderHeader(lines, j, tableLabels, valueLeft))
                    || (j == first - 1 && LabelRestsAtPageHead(lines, j, tableLabels, valueLeft))
                )
            )
            {
                body.Insert(0, j);
                first = j;
                continue;
            }
            // the same, its label wrapped: 2.其他法律行政法规 over 禁止公开; 2.申请人逾期未按收费通知要求缴纳费 over
            // 用、行政机关不再处理其政府信息公开申 over 请
            if (
                header.Count == 0
                && !overValues
                && !line.Carried
                && WrappedBlankRow(lines, used, j, first, tableLabels, valueLeft) is { } top
            )
            {
                body.InsertRange(0, Enumerable.Range(top, j - top + 1));
                first = j = top;
                continue;
            }
            // a first row printed blank, its label left open over a second line, right under the header's last line
            // (规章（设区的市、自治州人民 over 政府应提供相关数据）)
            if (
                header.Count == 0
                && !overValues
                && !line.Carried
                && j > 1
                && !used[j - 1]
                && !lines[j - 1].Carried
                && OpenBlankFirstRow(lines, j, first, tableLabels, valueLeft)
            )
            {
                body.InsertRange(0, [j - 1, j]);
                first = --j;
                continue;
            }
            if (!overValues && !interleaved)
                break;
            header.Add(j);
            // a title centred over the whole table (第二十条第（九）项 over 信息内容 | 采购项目数量 | 采购总金额) is its first line:
            // what stands above is another table's (a table printed blank: 信息内容 | 上一年项目数量… over 行政事业性收费) or text
            if (
                line.Pieces is [var title]
                && title.Left > tableLeft + line.Size
                && Math.Abs(title.Center - (tableLeft + tableRight) / 2) <= 2 * line.Size
            )
                break;
        }
        header.Reverse();
        return ([.. header, .. body], header.Count);
    }
}
