using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Locates template columns among the header cells of one grid, so that a data row with blank cells can be
/// aligned by header rather than by counting. Returns positions only when every column is found once.
/// </summary>
public static class HeaderColumns
{
    /// <summary>
    /// Column positions by code for <paramref name="columns"/>, or null when the headers do not identify them all; and
    /// for each of <paramref name="extras"/> (法人或其他组织小计) the header names at a place of its own. A header word
    /// broken over two header rows (商业 / 企业) is read joined down its column.
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnSpan>? Locate(
        IReadOnlyList<ColumnDefinition> columns,
        IReadOnlyList<GridCell> headerCells,
        IReadOnlyList<ColumnDefinition>? extras = null
    )
    {
        var spans = new Dictionary<string, ColumnSpan>();
        var normalized = headerCells.Select(c => (Cell: c, Text: LabelNormalizer.Normalize(c.Text))).ToList();
        var joined = JoinedDownColumns(normalized);
        foreach (var column in columns)
        {
            if (
                (
                    Find(column, normalized)
                    ?? Find(column, joined)
                    ?? FindWithSlip(column, normalized)
                    ?? FindWithSlip(column, joined)
                )
                is not { } cell
            )
                return null;
            spans[column.Code] = new ColumnSpan(cell.Col, cell.Col + cell.ColSpan - 1);
        }
        if (!Distinct(spans))
            return null;
        foreach (var extra in extras ?? [])
            if (
                FindExtra(extra, normalized, joined) is { } cell
                && spans.Values.All(s => !s.Overlaps(cell.Col, cell.Col + cell.ColSpan - 1))
            )
                spans[extra.Code] = new ColumnSpan(cell.Col, cell.Col + cell.ColSpan - 1);
        return spans;
    }

    /// <summary>
    /// For a header that names only some template columns (its upper rows left on the previous page) but names an
    /// extra column (法人或其他组织小计): the template columns in order with the extra put where it is printed, right
    /// after or right before a named template column it stands beside. Null when no extra is named, or none's place is
    /// pinned by a neighbour, or the header names fewer than all but two template columns or names them out of order
    /// (a header broken up, not one cut short).
    /// </summary>
    public static IReadOnlyList<string>? OrderWithExtras(
        IReadOnlyList<ColumnDefinition> columns,
        IReadOnlyList<GridCell> headerCells,
        IReadOnlyList<ColumnDefinition> extras
    )
    {
        if (headerCells.Count == 0 || extras.Count == 0)
            return null;
        var normalized = headerCells.Select(c => (Cell: c, Text: LabelNormalizer.Normalize(c.Text))).ToList();
        var joined = JoinedDownColumns(normalized);
        var named = columns
            .Select(c => (c.Code, Cell: Find(c, normalized) ?? Find(c, joined)))
            .Where(n => n.Cell is not null)
            .ToList();
        // a header read whole but for a column or two at its edges, in the template's order: not a header broken up
        if (
            named.Count < columns.Count - 2
            || named.Zip(named.Skip(1)).Any(p => p.First.Cell!.Col + p.First.Cell.ColSpan > p.Second.Cell!.Col)
        )
            return null;
        var order = columns.Select(c => c.Code).ToList();
        foreach (var extra in extras)
        {
            if (FindExtra(extra, normalized, joined) is not { } cell)
                continue;
            var before = named.FirstOrDefault(n => n.Cell!.Col + n.Cell.ColSpan == cell.Col);
            var after = named.FirstOrDefault(n => cell.Col + cell.ColSpan == n.Cell!.Col);
            if (before.Code is not null)
                order.Insert(order.IndexOf(before.Code) + 1, extra.Code);
            else if (after.Code is not null)
                order.Insert(order.IndexOf(after.Code), extra.Code);
        }
        return order.Count > columns.Count ? order : null;
    }

    /// <summary>
    /// The header cell naming an extra column: exactly, with a slip (法人或其他组织小, its last character cut off by a
    /// page break), or by the end of its name when the rest is wrapped onto header lines above (他组织小计).
    /// </summary>
    private static GridCell? FindExtra(
        ColumnDefinition extra,
        List<(GridCell Cell, string Text)> normalized,
        List<(GridCell Cell, string Text)> joined
    ) =>
        Find(extra, normalized)
        ?? Find(extra, joined)
        ?? FindWithSlip(extra, normalized)
        ?? FindWithSlip(extra, joined)
        ?? normalized
            .LastOrDefault(h =>
                extra.NormalizedHeaderPhrases.Any(p =>
                    p.Length <= 2 && h.Text.Length > p.Length && h.Text.EndsWith(p, StringComparison.Ordinal)
                )
            )
            .Cell;

    /// <summary>The lowest header cell naming the column (the lowest header row names the leaf column), or
    /// null.</summary>
    private static GridCell? Find(ColumnDefinition column, List<(GridCell Cell, string Text)> cells) =>
        cells.LastOrDefault(h => Matches(column, h.Text)).Cell;

    /// <summary>
    /// The one header cell naming the column with a slip (社会工益组织): its label within an edit, or one of its phrases
    /// of four characters or more with one character wrong; null when none or several do.
    /// </summary>
    private static GridCell? FindWithSlip(ColumnDefinition column, List<(GridCell Cell, string Text)> cells)
    {
        var label = LabelNormalizer.Normalize(column.Label);
        var hits = cells
            .Where(h =>
                h.Text.Length > 2
                && (
                    Fuzzy.Distance(LabelNormalizer.StripNumbering(h.Text), label) <= Math.Max(1, label.Length / 8)
                    || column.NormalizedHeaderPhrases.Any(p =>
                        p.Length >= 4 && Fuzzy.ContainsWithOneSubstitution(h.Text, p)
                    )
                )
            )
            .Select(h => h.Cell)
            .Distinct()
            .ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>The normalised texts of header cells, each alone and joined down their columns (行政 / 复议 read as
    /// 行政复议).</summary>
    public static IEnumerable<string> Texts(IReadOnlyList<GridCell> headerCells)
    {
        var normalized = headerCells.Select(c => (Cell: c, Text: LabelNormalizer.Normalize(c.Text))).ToList();
        return normalized.Select(c => c.Text).Concat(JoinedDownColumns(normalized).Select(c => c.Text));
    }

    /// <summary>The texts of header cells standing in one column over consecutive header rows, joined top to
    /// bottom.</summary>
    private static List<(GridCell Cell, string Text)> JoinedDownColumns(List<(GridCell Cell, string Text)> cells) =>
        [
            .. cells
                .Where(c => c.Text.Length > 0)
                .GroupBy(c => (c.Cell.Col, c.Cell.ColSpan))
                .Where(g => g.Count() > 1)
                .Select(g =>
                    (Cell: g.Last().Cell, Text: string.Concat(g.OrderBy(c => c.Cell.Row).Select(c => c.Text)))
                ),
        ];

    /// <summary>
    /// Section 四 prints the five outcome labels once per group; their left-to-right order gives the 15 columns
    /// (or the 5 of one group when a document prints each group as its own table).
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnSpan>? LocateReviewLitigation(
        IReadOnlyList<string> columnCodes,
        IReadOnlyList<GridCell> headerCells
    )
    {
        var outcomeCells = headerCells
            .Where(c => IsOutcomeLabel(LabelNormalizer.Normalize(c.Text)))
            .GroupBy(c => c.Col)
            .Select(g => g.First())
            .OrderBy(c => c.Col)
            .ToList();
        if (outcomeCells.Count != columnCodes.Count)
            return null;
        var spans = new Dictionary<string, ColumnSpan>();
        for (var i = 0; i < columnCodes.Count; i++)
            spans[columnCodes[i]] = new ColumnSpan(
                outcomeCells[i].Col,
                outcomeCells[i].Col + outcomeCells[i].ColSpan - 1
            );
        return Distinct(spans) ? spans : null;
    }

    /// <summary>True when the text of a header cell names the column: short phrases (其他, 总计) must match
    /// exactly.</summary>
    public static bool Matches(ColumnDefinition column, string normalizedHeader) =>
        column.NormalizedHeaderPhrases.Any(phrase =>
            phrase.Length <= 2
                ? LabelNormalizer.StripNumbering(normalizedHeader) == phrase
                : normalizedHeader.Contains(phrase, StringComparison.Ordinal)
        );

    private static bool IsOutcomeLabel(string text) =>
        text.Contains("维持")
        || text.Contains("纠正")
        || text.Contains("其他结果")
        || text.Contains("审结")
        || text == "总计";

    private static bool Distinct(Dictionary<string, ColumnSpan> spans) =>
        spans.Values.Select(s => s.First).Distinct().Count() == spans.Count;
}
