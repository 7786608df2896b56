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
    /// <summary>Column positions by code for <paramref name="columns"/>, or null when the headers do not identify them all.</summary>
    public static IReadOnlyDictionary<string, ColumnSpan>? Locate(IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<GridCell> headerCells)
    {
        var spans = new Dictionary<string, ColumnSpan>();
        var normalized = headerCells.Select(c => (Cell: c, Text: LabelNormalizer.Normalize(c.Text))).ToList();
        foreach (var column in columns)
        {
            var hits = normalized.Where(h => Matches(column, h.Text)).Select(h => h.Cell).ToList();
            if (hits.Count == 0) return null;
            var cell = hits[^1]; // the lowest header row names the leaf column
            spans[column.Code] = new ColumnSpan(cell.Col, cell.Col + cell.ColSpan - 1);
        }
        return Distinct(spans) ? spans : null;
    }

    /// <summary>
    /// Section 四 prints the five outcome labels once per group; their left-to-right order gives the 15 columns
    /// (or the 5 of one group when a document prints each group as its own table).
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnSpan>? LocateReviewLitigation(IReadOnlyList<string> columnCodes, IReadOnlyList<GridCell> headerCells)
    {
        var outcomeCells = headerCells
            .Where(c => IsOutcomeLabel(LabelNormalizer.Normalize(c.Text)))
            .GroupBy(c => c.Col).Select(g => g.First())
            .OrderBy(c => c.Col).ToList();
        if (outcomeCells.Count != columnCodes.Count) return null;
        var spans = new Dictionary<string, ColumnSpan>();
        for (var i = 0; i < columnCodes.Count; i++)
            spans[columnCodes[i]] = new ColumnSpan(outcomeCells[i].Col, outcomeCells[i].Col + outcomeCells[i].ColSpan - 1);
        return Distinct(spans) ? spans : null;
    }

    /// <summary>True when the text of a header cell names the column: short phrases (其他, 总计) must match exactly.</summary>
    public static bool Matches(ColumnDefinition column, string normalizedHeader) =>
        column.NormalizedHeaderPhrases.Any(phrase =>
            phrase.Length <= 2 ? LabelNormalizer.StripNumbering(normalizedHeader) == phrase : normalizedHeader.Contains(phrase, StringComparison.Ordinal));

    private static bool IsOutcomeLabel(string text) =>
        text.Contains("维持") || text.Contains("纠正") || text.Contains("其他结果") || text.Contains("审结") || text == "总计";

    private static bool Distinct(Dictionary<string, ColumnSpan> spans) =>
        spans.Values.Select(s => s.First).Distinct().Count() == spans.Count;
}
