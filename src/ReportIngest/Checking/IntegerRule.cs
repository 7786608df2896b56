using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>R-INT: count cells hold integers ≥ 0, signed deltas integers, amounts of money are not negative.</summary>
public sealed class IntegerRule : IReportRule
{
    public IEnumerable<Finding> Evaluate(ReportFacts report)
    {
        foreach (var fact in report.ByKey.Values.Where(f => f.Status == CellStatus.Value && f.Value is not null))
        {
            if (!report.TableVersions.TryGetValue(fact.Table, out var version)) continue;
            var column = TemplateCatalog.Get(version).Table(fact.Table)?.Columns.FirstOrDefault(c => c.Code == fact.Col);
            if (column is null) continue;
            var value = fact.Value!.Value;
            var problem = column.Kind switch
            {
                ValueKind.Count when value != decimal.Truncate(value) || value < 0 => "a count must be a whole number ≥ 0",
                ValueKind.SignedCount when value != decimal.Truncate(value) => "a change in a count must be a whole number",
                ValueKind.Money when value < 0 => "an amount must not be negative",
                _ => null,
            };
            if (problem is null) continue;
            yield return new Finding("R-INT", Finding.Error, "fail", fact.Key, $"{fact.Key}[{fact.Raw}]", value, null,
                report.DoubtfulCells.Contains(fact.Key) ? "parser" : "filer", $"{problem}; printed \"{fact.Raw}\"", [fact.Key]);
        }
    }
}
