using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Checking;

/// <summary>R-INT: count cells hold integers ≥ 0, signed deltas integers, amounts of money are not negative.</summary>
public sealed class IntegerRule : IReportRule
{
    public IEnumerable<Finding> Evaluate(ReportFacts report)
    {
        foreach (var fact in report.ByKey.Values)
        {
            // a whole number ≥ 0 is right in every kind of column: only the others need their column looked up
            if (
                fact is not { Status: CellStatus.Value, Value: { } number }
                || (number >= 0 && number == decimal.Truncate(number))
            )
                continue;
            if (!report.TableVersions.TryGetValue(fact.Table, out var version))
                continue;
            var column = TemplateCatalog.Get(version).Table(fact.Table)?.Column(fact.Col);
            if (column is null)
                continue;
            var problem = column.Kind switch
            {
                ValueKind.Count => "a count must be a whole number ≥ 0",
                ValueKind.SignedCount when number != decimal.Truncate(number) =>
                    "a change in a count must be a whole number",
                ValueKind.Money when number < 0 => "an amount must not be negative",
                _ => null,
            };
            if (problem is null)
                continue;
            yield return new Finding(
                "R-INT",
                Severity.Error,
                FindingStatus.Fail,
                fact.Key,
                $"{fact.Key}[{fact.Raw}]",
                number,
                null,
                report.DoubtfulCells.Contains(fact.Key) ? Attribution.Parser : Attribution.Filer,
                $"{problem}; printed \"{fact.Raw}\"",
                [fact.Key]
            );
        }
    }
}
