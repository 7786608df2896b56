using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>
/// A misreading that explains a failure: in a PDF, wide spacing can make one number (12) two neighbouring cells
/// (1 | 2). When a strict relation fails by exactly what joining two neighbouring single digits on one side would
/// change (9 × the first digit), and joining them makes every strict relation through both cells hold, the failure
/// may be ours, not the filer's.
/// </summary>
public static class SplitNumber
{
    /// <returns>The two cells (<c>a and b</c>) whose joining makes the relation hold; null when no such pair
    /// exists.</returns>
    public static string? Explains(RelationInstance instance, ReportFacts report, decimal left, decimal right)
    {
        foreach (var (side, gap) in new[] { (instance.Left, right - left), (instance.Right, left - right) })
        {
            if (gap <= 0)
                continue;
            foreach (var key in side)
            {
                if (Digit(report.Get(key)) is not { } first || first == 0 || gap != 9 * first)
                    continue;
                var (table, row, col) = CellKey.Split(key);
                if (
                    !report.TableVersions.TryGetValue(table, out var version)
                    || TemplateCatalog.Get(version).Table(table) is not { } definition
                )
                    continue;
                var index = definition.Columns.ToList().FindIndex(c => c.Code == col);
                if (index < 0 || index + 1 >= definition.Columns.Count)
                    continue;
                var neighbour = CellKey.Of(table, row, definition.Columns[index + 1].Code);
                if (
                    side.Contains(neighbour)
                    && Digit(report.Get(neighbour)) is { } second
                    && StrictRelations.HoldWith(
                        version,
                        report,
                        new Dictionary<string, decimal> { [key] = 10 * first + second, [neighbour] = 0 }
                    )
                )
                    return $"{key} and {neighbour}";
            }
        }
        return null;
    }

    /// <summary>A single digit placed by where it stands on a page (the only cells wide spacing can split).</summary>
    private static decimal? Digit(Extraction.Fact? fact) =>
        fact is { Status: CellStatus.Value, Value: { } v, Basis: var basis }
        && basis.IsPlacedOnPage()
        && v is >= 0 and <= 9
        && v == decimal.Truncate(v)
            ? v
            : null;
}
