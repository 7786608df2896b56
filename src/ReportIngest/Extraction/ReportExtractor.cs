using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Turns a <see cref="Document"/> into facts: observes template tables by row label and column header, decides
/// each table's version, aligns every row's values with the version's columns and reports what does not fit.
/// </summary>
public sealed class ReportExtractor(LabelMatcher matcher)
{
    public static ReportExtractor Default { get; } = new(LabelMatcher.Default);

    public ExtractedReport Extract(Document document)
    {
        var lines = ReportLine.From(document).ToList();
        var observer = new TableObserver(matcher);
        foreach (var line in lines) observer.Observe(line);

        var textLines = document.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        var metadata = MetadataExtractor.Extract(textLines);
        var versions = VersionDetector.Detect(observer.Tables, metadata.ReportYear);

        var facts = new List<Fact>();
        var issues = new List<StructuralIssue>(observer.Issues);
        foreach (var block in document.Blocks.OfType<UnsupportedTableBlock>())
            issues.Add(StructuralIssue.Warning("document", "unsupported_table", $"a table this reader cannot read: {block.Reason}", block.Locator));

        foreach (var code in TemplateCatalog.TableCodes)
        {
            if (!observer.Tables.TryGetValue(code, out var observation)) continue;
            var definition = TemplateCatalog.Get(versions[code]).Table(code)!;
            TableFacts(definition, observation, facts, issues);
        }

        foreach (var code in TemplateCatalog.TableCodes.Where(c => !observer.Tables.ContainsKey(c) && versions.Count > 0))
        {
            var version = versions.Values.Max();
            if (TemplateCatalog.Get(version).Table(code) is not null)
                issues.Add(StructuralIssue.Info(code, code, $"table {code} of {version.ToCode()} not found in the document", "", []));
        }

        var report = new ExtractedReport(metadata, versions, facts, issues, document.PlainText);
        return versions.Count > 0 ? report : report with
        {
            Issues = [.. issues, StructuralIssue.Info("document", "no_tables", $"no table of the national template found; stored as {report.TemplateCode} with its text", "")],
        };
    }

    private static void TableFacts(TableDefinition table, TableObservation observation, List<Fact> facts, List<StructuralIssue> issues)
    {
        var seen = new HashSet<string>();
        var (placed, gapIssues) = GapFiller.Fill(table, observation);
        issues.AddRange(gapIssues);
        var rows = observation.Rows.Concat(placed).ToList();
        foreach (var group in rows.GroupBy(r => r.Row.Code))
        {
            var row = table.Row(group.Key);
            if (row is null)
            {
                issues.Add(StructuralIssue.Warning(table.Code, group.Key,
                    $"row \"{group.First().Parts.FullLabel}\" belongs to another template version than the rest of {table.Code}; its values are not assigned",
                    group.First().Locator));
                continue;
            }
            foreach (var observed in group)
                RowFacts(table, row, observation, observed, seen, facts, issues);
        }

        foreach (var row in table.Rows.Where(r => !rows.Any(o => o.Row.Code == r.Code)))
            issues.Add(StructuralIssue.Info(table.Code, row.Code, $"row \"{row.Label}\" not found in the document",
                "", table.Columns.Select(c => CellKey.Of(table.Code, row.Code, c.Code)).ToArray()));
    }

    private static void RowFacts(TableDefinition table, RowDefinition row, TableObservation observation, ObservedRow observed,
        HashSet<string> seen, List<Fact> facts, List<StructuralIssue> issues)
    {
        var columns = ColumnsFor(table, observed);
        if (columns is null)
        {
            issues.Add(StructuralIssue.Warning(table.Code, row.Code,
                $"{observed.Parts.NonBlankCount} values printed without saying which section 四 group they belong to; not assigned", observed.Locator));
            return;
        }

        var header = HeaderFor(table, columns, observation.HeaderCells(observed.GridIndex));
        var aligned = ValueAligner.Align(observed.Parts.ValueCells, columns, header);
        var keys = columns.Select(c => CellKey.Of(table.Code, row.Code, c)).ToArray();
        if (keys.Any(k => !seen.Add(k)))
        {
            issues.Add(StructuralIssue.Warning(table.Code, row.Code, $"row \"{row.Label}\" is printed more than once; the first is kept", observed.Locator, keys));
            return;
        }
        if (aligned.Problem is not null)
            issues.Add(StructuralIssue.Warning(table.Code, row.Code, $"row \"{row.Label}\": {aligned.Problem}", observed.Locator, keys,
                attributedTo: aligned.CellsUncertain ? "parser" : "unknown"));

        foreach (var code in columns)
        {
            var column = table.Columns.First(c => c.Code == code);
            facts.Add(aligned.Cells[code] is { } cell ? ToFact(table.Code, row.Code, column, cell)
                : new Fact(table.Code, row.Code, code, null, "", CellStatus.Unreadable, null, null, observed.Locator));
        }
    }

    private static Fact ToFact(string table, string row, ColumnDefinition column, GridCell cell)
    {
        var reading = CellValueParser.Parse(cell.Text);
        var unit = reading.Unit ?? column.Unit;
        return new Fact(table, row, column.Code, reading.Value, cell.Text.Trim(), reading.Status, reading.Status == CellStatus.Value ? unit : null, cell.Page, cell.Locator);
    }

    /// <summary>The columns a row fills: all of them, or one section 四 group when the document prints groups separately.</summary>
    private static IReadOnlyList<string>? ColumnsFor(TableDefinition table, ObservedRow observed)
    {
        var all = table.Columns.Select(c => c.Code).ToList();
        if (table.Code != "s4") return all;
        var count = observed.Parts.NonBlankCount;
        return observed.ColumnGroup switch
        {
            null => all,
            "suit" when count <= 10 => [.. SharedParts.GroupColumns("suit_direct"), .. SharedParts.GroupColumns("suit_after_review")],
            "suit" => null,
            var group when count <= 5 => SharedParts.GroupColumns(group).ToList(),
            _ => all,
        };
    }

    private static IReadOnlyDictionary<string, ColumnSpan>? HeaderFor(TableDefinition table, IReadOnlyList<string> columns, IReadOnlyList<GridCell> headerCells)
    {
        if (headerCells.Count == 0) return null;
        if (table.Code == "s4") return HeaderColumns.LocateReviewLitigation(columns, headerCells);
        return HeaderColumns.Locate(table.Columns.Where(c => columns.Contains(c.Code)).ToList(), headerCells);
    }
}
