using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>
/// A misreading that explains a failure: a PDF table's values are placed in columns by where they stand, so a value
/// printed off-centre can land one column off, in a neighbouring cell the source leaves empty. Its own column then
/// reads blank and both columns' relations fail. When moving one value into its empty neighbour makes every strict
/// relation through the two cells hold, the failure may be ours, not the filer's.
/// </summary>
public static class ShiftedValue
{
    /// <returns>Which value would move where (<c>a's value belongs in b</c>); null when no single move explains the
    /// failure.</returns>
    public static string? Explains(RelationInstance instance, ReportFacts report)
    {
        foreach (var key in instance.Cells)
        {
            var (table, row, col) = CellKey.Split(key);
            if (
                !report.TableVersions.TryGetValue(table, out var version)
                || TemplateCatalog.Get(version).Table(table) is not { } definition
            )
                continue;
            var index = definition.Columns.ToList().FindIndex(c => c.Code == col);
            if (index < 0)
                continue;
            foreach (var neighbourIndex in new[] { index - 1, index + 1 })
            {
                if (neighbourIndex < 0 || neighbourIndex >= definition.Columns.Count)
                    continue;
                var neighbour = CellKey.Of(table, row, definition.Columns[neighbourIndex].Code);
                var (from, to) =
                    (PdfValue(report.Get(key)), IsBlank(report.Get(neighbour))) is (true, true) ? (key, neighbour)
                    : (IsBlank(report.Get(key)), PdfValue(report.Get(neighbour))) is (true, true) ? (neighbour, key)
                    : (null, null);
                if (
                    from is not null
                    && to is not null
                    && StrictRelations.HoldWith(
                        version,
                        report,
                        new Dictionary<string, decimal> { [from] = 0, [to] = report.Get(from)!.Value!.Value }
                    )
                )
                    return $"the value of {from} belongs in {to}";
            }
        }
        return null;
    }

    private static bool PdfValue(Extraction.Fact? fact) =>
        fact is { Status: CellStatus.Value, Value: not 0 and not null, Basis: var basis } && basis.IsPlacedOnPage();

    private static bool IsBlank(Extraction.Fact? fact) => fact is { Status: CellStatus.Blank };
}
