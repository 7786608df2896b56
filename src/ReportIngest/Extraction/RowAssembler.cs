using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Puts back together the table rows that conversions take apart, before any row is matched (template.md §8.6–8.7):
/// <list type="bullet">
/// <item>a label printed on a row of its own, its figures on the next row without a label (a PDF converted to
/// Markdown);</item>
/// <item>a long label wrapped, its first part on a line of its own and its end on the line with the figures (text saved
/// from Word or a PDF);</item>
/// <item>a row whose label's end wrapped onto the next row, which holds nothing else;</item>
/// <item>a label on a text line of its own, its figures on the text lines under it, maybe the label's end after them (a
/// PDF converted to text: a cell a line, or the figures centred between a wrapped label's lines);</item>
/// <item>a label wrapped over the lines of a grid around its figures (<see cref="LabelAroundFigures"/>).</item>
/// </list>
/// Page numbers printed between two rows (<c>— 5 —</c>, <c>第5页</c>) are dropped. A wrapped label is joined only within
/// one table and only when the joined label names a template row that its parts alone do not, so rows are never merged
/// by position alone. Where a label's pieces stand around figures that cannot be joined to them (a PDF's narrow label
/// column converted to text with its layout kept), a piece that names a row and prints nothing is marked as beside
/// figures: it is no row printed blank.
/// </summary>
public static class RowAssembler
{
    public static List<ReportLine> Assemble(IReadOnlyList<ReportLine> lines, LabelMatcher matcher)
    {
        var kept = lines.Where(l => !IsPageNumber(l)).ToList();
        var result = new List<ReportLine>(kept.Count);
        var figureLines = new FigureLines(kept, matcher);
        for (var i = 0; i < kept.Count; i++)
        {
            if ((figureLines.Join(i) ?? LabelAroundFigures.Join(kept, i, matcher)) is var (row, taken))
            {
                result.Add(row);
                i += taken - 1;
                continue;
            }
            var line = kept[i]; // (marked when figures follow it)
            var joined =
                i + 1 < kept.Count
                    ? Detached(line, kept[i + 1], matcher)
                        ?? WrappedHead(line, kept[i + 1], matcher)
                        ?? WrappedTail(line, kept[i + 1], matcher)
                    : null;
            var current = joined ?? line;
            var next = i + (joined is null ? 1 : 2);
            if (
                IsLabelPrintingNothing(current, matcher)
                && MayOwnFiguresBeside(kept, i, next, current, figureLines, matcher)
            )
                current = current with { FiguresBeside = true };
            result.Add(current);
            if (joined is not null)
                i++;
        }
        return result;
    }

    /// <summary>A labelled grid row with nothing in its value cells, then a grid row of figures without a label: one
    /// row.</summary>
    private static ReportLine? Detached(ReportLine labels, ReportLine values, LabelMatcher matcher)
    {
        if (!labels.IsGridRow || !values.IsGridRow)
            return null;
        var top = labels.Parts;
        var bottom = values.Parts;
        if (top.LabelCells.Count == 0 || top.HasValues || !bottom.HasValues)
            return null;
        if (bottom.LabelCells.Count > 0 && !HasOnlySideLabel(bottom))
            return null;
        if (matcher.Match(top, null) is null)
            return null;
        var firstValue = bottom.ValueCells.First(c => CellValueParser.IsValueOrPlaceholder(c.Text)).Col;
        if (top.LabelCells.Any(c => c.Col >= firstValue))
            return null; // the label stands where the figures are: not this layout
        var cells = top.LabelCells.Concat(values.Cells.Where(c => c.Col > top.LabelCells[^1].Col)).ToList();
        return values with
        {
            Cells = cells,
            Normalized = LabelNormalizer.Normalize(string.Concat(cells.Select(c => c.Text))),
        };
    }

    /// <summary>
    /// The beginning of a label on a line of its own (a text line, or a row with labels and no figures), then a row
    /// whose unnumbered label ends it: the label is their join. A label that is whole on its own is a row printed
    /// blank, never a beginning, unless it is cut inside a bracket.
    /// </summary>
    private static ReportLine? WrappedHead(ReportLine head, ReportLine row, LabelMatcher matcher)
    {
        if (!row.IsGridRow || (head.IsGridRow && head.GridIndex != row.GridIndex))
            return null;
        var headParts = head.IsGridRow ? head.Parts : null;
        if (headParts is not null && (headParts.HasValues || headParts.LabelCells.Count == 0))
            return null;
        var headText = headParts?.Leaf.Trim() ?? head.Text.Trim();
        if (
            headText.Length is 0 or > 40
            || headText.Any(char.IsAsciiDigit) && !LabelNormalizer.StartsNumbered(headText)
            || matcher.IsWholeLabel(LabelNormalizer.Normalize(headText)) && !LeavesBracketOpen(headText)
        )
            return null;
        var parts = row.Parts;
        if (parts.LabelCells.Count == 0 || LabelNormalizer.StartsNumbered(parts.Leaf))
            return null;
        // The row holds the figures, or prints nothing (a row left blank): then the joined label must be a whole label.
        var blank = !parts.HasValues;
        if (blank && (parts.ValueCells.Count == 0 || parts.ValueCells.Any(c => c.Text.Trim().Length > 0)))
            return null;
        if (
            matcher.IsWholeLabel(LabelNormalizer.Normalize(parts.Leaf))
            || SectionRecognizer.HeaderSection(head.Normalized) is not null
        )
            return null; // the row's own label is whole, or the line above is a table header
        var tailAlone = matcher.Match(parts, null);
        if (tailAlone is not null && !LabelNormalizer.StartsNumbered(headText))
            return null; // only a numbered beginning joins a label that names a row already
        var joined = Relabelled(row, parts, headText + parts.Leaf);
        var together = matcher.Match(joined.Parts, null, slips: blank ? LabelSlips.WholeLabel : LabelSlips.Any);
        // the end alone may name the row too (法规禁止公开 holds 禁止公开): it must be the same row
        return together is { } match && (tailAlone is null || tailAlone.Value.Row.Code == match.Row.Code)
            ? joined
            : null;
    }

    /// <summary>A row with figures, then a row holding only the unnumbered end of its label: the label is their
    /// join.</summary>
    private static ReportLine? WrappedTail(ReportLine row, ReportLine tail, LabelMatcher matcher)
    {
        if (!row.IsGridRow || !tail.IsGridRow || tail.GridIndex != row.GridIndex)
            return null;
        var parts = row.Parts;
        if (parts.LabelCells.Count == 0 || !parts.HasValues)
            return null;
        var tailText = tail.IsGridRow ? LabelOnly(tail) : null;
        if (tailText is null || tailText.Length is 0 or > 40 || LabelNormalizer.StartsNumbered(tailText))
            return null;
        var normalizedTail = LabelNormalizer.Normalize(tailText);
        if (matcher.IsWholeLabel(normalizedTail))
            return null; // a row of its own, printed blank
        if (SectionRecognizer.ReviewGroupOf(normalizedTail) is not null)
            return null; // 行政复议: the name of the table that follows
        var alone = matcher.Match(parts, null);
        var joined = Relabelled(row, parts, parts.Leaf + tailText);
        var together = matcher.Match(joined.Parts, null);
        var tailAlone = matcher.MatchLabel(normalizedTail, null, slips: LabelSlips.WholeLabel);
        return
            together is { } row2
            && (alone is null || alone.Value.Row.Code == row2.Row.Code)
            && (tailAlone is null || tailAlone.Value.Row.Code == row2.Row.Code)
            ? joined
            : null;
    }

    /// <summary>
    /// A grid row that names a template row and prints no figure. Over a row of figures without a label that could
    /// not be joined to it (a text file's columns lined up badly, the figures standing under the label), the figures
    /// may be its: it is no row printed blank.
    /// </summary>
    private static bool IsLabelPrintingNothing(ReportLine line, LabelMatcher matcher) =>
        line.IsGridRow
        && line.Parts is { HasValues: false, LabelCells.Count: > 0 } parts
        && SectionRecognizer.HeaderSection(line.Normalized) is null
        && matcher.Match(parts, null, slips: LabelSlips.WholeLabel) is not null;

    /// <summary>
    /// A line that prints part of a label and nothing else: a label wrapped over the lines around its figures, which
    /// stand between its pieces (a PDF's table converted to text with its layout kept). A row under such figures may
    /// be the label's last piece. Figures under a whole label or a group's label are no sign: a group's row of sums,
    /// set apart from its label, stands there.
    /// </summary>
    private static bool IsLabelPiece(ReportLine line, LabelMatcher matcher)
    {
        var text = line.IsGridRow
            ? line.Parts is { HasValues: false, LabelCells.Count: > 0 } parts
                ? parts.Leaf.Trim()
                : null
            : line.Text.Trim();
        return text is { Length: > 0 and <= 40 }
            && (!text.Any(char.IsAsciiDigit) || LabelNormalizer.StartsNumbered(text))
            && !matcher.IsWholeLabel(LabelNormalizer.Normalize(text))
            && matcher.MatchGroup(line.Parts) is null;
    }

    /// <summary>
    /// Whether the figures that no row owns right under or right above a label printing nothing (lines
    /// <paramref name="index"/> to <paramref name="next"/> - 1) may be its, so that it is no row printed blank:
    /// <list type="bullet">
    /// <item>figures without a label under it;</item>
    /// <item>figures without a label above it, under a piece of a label (a label wrapped over the lines around its
    /// figures); under a whole label or a group's they are that row's or the group's sums;</item>
    /// <item>figures beside it whose own label names no row, where its label is no whole label as the template prints
    /// it either: both may be pieces of one label (收费通知要求缴纳费 over 用、行政机关不再处 21 1 0).</item>
    /// </list>
    /// </summary>
    private static bool MayOwnFiguresBeside(
        List<ReportLine> lines,
        int index,
        int next,
        ReportLine current,
        FigureLines figureLines,
        LabelMatcher matcher
    )
    {
        var below = next < lines.Count ? Orphans(lines[next], figureLines.IsFigures(next), matcher) : Figures.None;
        var above = index >= 1 ? Orphans(lines[index - 1], figureLines.IsFigures(index - 1), matcher) : Figures.None;
        if (below == Figures.Unlabelled)
            return true;
        if (above == Figures.Unlabelled && index >= 2 && IsLabelPiece(lines[index - 2], matcher))
            return true;
        return (below == Figures.Labelled || above == Figures.Labelled)
            && !matcher.IsWholeLabelAsNumbered(LabelNormalizer.Normalize(current.Parts.Leaf.Trim()));
    }

    private enum Figures
    {
        /// <summary>No figures, or figures a row or a group owns.</summary>
        None,

        /// <summary>Figures without a label: a row of them, or a text line of figures and nothing else.</summary>
        Unlabelled,

        /// <summary>Beside a label that names no row and no group.</summary>
        Labelled,
    }

    /// <summary>
    /// The figures on a line that no row owns: a row of figures without a label, or a text line of figures and nothing
    /// else (unlabelled); a row of figures whose label names no template row and no group (labelled).
    /// </summary>
    private static Figures Orphans(ReportLine line, bool figuresAlone, LabelMatcher matcher)
    {
        if (!line.IsGridRow)
            return figuresAlone ? Figures.Unlabelled : Figures.None;
        if (line.Parts is not { HasValues: true } parts)
            return Figures.None;
        if (parts.LabelCells.Count == 0 || HasOnlySideLabel(parts))
            return Figures.Unlabelled;
        return matcher.Match(parts, null) is null && matcher.MatchGroup(parts) is null
            ? Figures.Labelled
            : Figures.None;
    }

    /// <summary>The label section 三's result rows print once down their side, spanning them: no row's own.</summary>
    private static readonly string ResultsSideLabel = LabelNormalizer.StripNumbering(
        LabelNormalizer.Normalize("三、本年度办理结果")
    );

    /// <summary>
    /// A row whose only label is <see cref="ResultsSideLabel"/>: a reader that repeats a spanning cell on every row it
    /// spans gives it to a row of figures set apart from their label (LibreOffice, cells aligned to the top: the label
    /// on one line, its figures wrapped down the lines under it).
    /// </summary>
    private static bool HasOnlySideLabel(RowParts parts) =>
        parts.LabelCells.Count > 0
        && parts.LabelCells.All(c =>
            LabelNormalizer.StripNumbering(LabelNormalizer.Normalize(c.Text)) is var label
            && (label.Length == 0 || label == ResultsSideLabel)
        );

    /// <summary>A text cut inside a bracket (（二）部分公开（区分处理的，): the beginning of a label, never a whole one.</summary>
    private static bool LeavesBracketOpen(string text) =>
        text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')');

    /// <summary>The text of a grid row that holds one label and nothing else, or null.</summary>
    private static string? LabelOnly(ReportLine line)
    {
        var texts = line.Cells.Where(c => c.Text.Trim().Length > 0).ToList();
        return texts.Count == 1 && CellValueParser.Parse(texts[0].Text).Status == CellStatus.Unreadable
            ? texts[0].Text.Trim()
            : null;
    }

    private static ReportLine Relabelled(ReportLine row, RowParts parts, string label)
    {
        var leaf = parts.LabelCells[^1];
        var cells = row.Cells.Select(c => ReferenceEquals(c, leaf) ? c with { Text = label } : c).ToList();
        return row with
        {
            Cells = cells,
            Normalized = LabelNormalizer.Normalize(string.Concat(cells.Select(c => c.Text))),
        };
    }

    private static bool IsPageNumber(ReportLine line) => !line.IsGridRow && PageFooter.IsPageNumber(line.Normalized);
}
