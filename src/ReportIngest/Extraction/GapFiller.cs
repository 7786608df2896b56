using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// Places rows whose label was detached by a conversion (a PDF turned into Markdown prints the label lines apart
/// from their numbers). Only when the labelled rows stand in template order and, between two of them, the number
/// of unlabeled rows equals exactly the number of template rows missing there, are those rows assigned in order;
/// each such row is reported (S-STRUCT, attributed to the parser) so its cells are never taken as clean. Any other
/// unlabeled row is reported and left unassigned.
/// </summary>
public static class GapFiller
{
    public static (IReadOnlyList<ObservedRow> Placed, IReadOnlyList<StructuralIssue> Issues) Fill(
        TableDefinition table,
        TableObservation observation
    )
    {
        var issues = new List<StructuralIssue>();
        var placed = new List<ObservedRow>();
        if (observation.Unlabeled.Count == 0)
            return (placed, issues);

        var rowIndex = table.Rows.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var anchors = observation
            .Rows.Where(r => rowIndex.ContainsKey(r.Row.Code))
            .OrderBy(r => r.Order)
            .Select(r => (r.Order, Index: rowIndex[r.Row.Code]))
            .ToList();
        var inTemplateOrder = anchors.Zip(anchors.Skip(1)).All(p => p.First.Index < p.Second.Index);

        // Gaps: before the first anchor, between anchors, after the last.
        var bounds = new List<(int Order, int Index)> { (-1, -1) };
        bounds.AddRange(anchors);
        bounds.Add((int.MaxValue, table.Rows.Count));
        var leftOver = new List<UnlabeledRow>(observation.Unlabeled);
        for (var g = 0; inTemplateOrder && g + 1 < bounds.Count; g++)
        {
            var (from, to) = (bounds[g], bounds[g + 1]);
            var rows = observation
                .Unlabeled.Where(u => u.Order > from.Order && u.Order < to.Order)
                .OrderBy(u => u.Order)
                .ToList();
            var missing = table.Rows.Skip(from.Index + 1).Take(to.Index - from.Index - 1).ToList();
            if (rows.Count == 0 || rows.Count != missing.Count)
                continue;
            for (var i = 0; i < rows.Count; i++)
            {
                placed.Add(
                    new ObservedRow(missing[i], rows[i].Parts, rows[i].Locator, rows[i].GridIndex, rows[i].Order)
                );
                leftOver.Remove(rows[i]);
                issues.Add(
                    StructuralIssue.Warning(
                        table.Code,
                        missing[i].Code,
                        $"row \"{missing[i].Label}\" printed without its label; placed by order between labelled rows ({rows.Count} unlabeled row(s) for {missing.Count} missing)",
                        rows[i].Locator,
                        table.Columns.Select(c => CellKey.Of(table.Code, missing[i].Code, c.Code)).ToArray()
                    )
                );
            }
        }

        foreach (var row in leftOver)
            issues.Add(
                StructuralIssue.Warning(
                    table.Code,
                    "unlabeled_row",
                    $"a row of {row.Parts.NumberCount} number(s) has no label; its values are not assigned to any template row",
                    row.Locator
                )
            );
        return (placed, issues);
    }
}
