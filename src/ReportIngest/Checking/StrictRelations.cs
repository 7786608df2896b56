using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>
/// Tests a hypothesis about a misreading: would every strict relation through the cells it changes hold if those
/// cells read otherwise? A misreading that explains one failing relation but breaks another is no explanation.
/// </summary>
public static class StrictRelations
{
    /// <param name="version">The template version of the tables the cells are in.</param>
    /// <param name="report">The report as read.</param>
    /// <param name="readAs">The cells the hypothesis reads otherwise, and their values under it (a blank is 0).</param>
    public static bool HoldWith(
        TemplateVersion version,
        ReportFacts report,
        IReadOnlyDictionary<string, decimal> readAs
    )
    {
        decimal? Value(string key) =>
            readAs.TryGetValue(key, out var changed)
                ? changed
                : report.Get(key) switch
                {
                    null or { Status: CellStatus.Unreadable } => null,
                    { Status: CellStatus.Value, Value: { } v } => v,
                    _ => 0,
                };
        decimal? Sum(IEnumerable<string> keys) => keys.Aggregate((decimal?)0m, (sum, key) => sum + Value(key));

        var touched = TemplateCatalog
            .Get(version)
            .Relations.Where(r => r.Kind == RelationKind.Strict)
            .SelectMany(r => r.Instances)
            .Where(i => i.Cells.Any(readAs.ContainsKey))
            .Where(i => i.Tables.All(t => report.TableVersions.TryGetValue(t, out var v) && v == version))
            .Where(i => i.PrintedOnly.All(k => report.Get(k) is not null))
            .ToList();
        return touched.Count > 0
            && touched.All(i => Sum(i.Left) is { } left && Sum(i.Right) is { } right && left == right);
    }
}
