using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// The columns of the last table of the grid before a page break (its rows from the end that share the last row's
/// cell edges): where each stands, which only ever stand merged, and which are the figures'. Found once for all the
/// heads of the next page's grid tried against them.
/// </summary>
internal sealed class PreviousColumns
{
    public PreviousColumns(List<IReadOnlyList<GridCell>> tail)
    {
        Spans = tail.SelectMany(r => r)
            .Where(c => c.ColSpan == 1 && c.Box is not null)
            .GroupBy(c => c.Col)
            .ToDictionary(
                g => g.Key,
                g => (Left: g.Min(c => c.Box!.Value.Left), Right: g.Max(c => c.Box!.Value.Right))
            );
        // a column only ever drawn merged with its neighbour (自然人 over two lattice columns) is where its cell stands
        foreach (
            var spanned in tail.SelectMany(r => r)
                .Where(c => c.ColSpan > 1 && c.Box is not null && !Spans.ContainsKey(c.Col))
        )
            if (Spans.Values.All(c => c.Right <= spanned.Box!.Value.Left + 1 || c.Left >= spanned.Box!.Value.Right - 1))
            {
                Spans[spanned.Col] = (spanned.Box!.Value.Left, spanned.Box!.Value.Right);
                Merged[spanned.Col] = spanned.ColSpan;
            }
        // every column from the first that holds a figure on is a value column, blank in the last rows or not
        var figures = tail.SelectMany(r => r).Where(c => CellValueParser.IsValueOrPlaceholder(c.Text)).ToList();
        ValueColumns = figures.Count == 0 ? [] : Spans.Keys.Where(col => col >= figures.Min(c => c.Col)).ToHashSet();
    }

    public Dictionary<int, (double Left, double Right)> Spans { get; }

    /// <summary>The grid columns a column only ever drawn merged spans, by its first.</summary>
    public Dictionary<int, int> Merged { get; } = [];

    public HashSet<int> ValueColumns { get; }
}
