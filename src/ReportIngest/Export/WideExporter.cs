using Microsoft.Data.Sqlite;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Export;

/// <summary>
/// A wide view of one table for analysis: one row per report that has the table, one column per cell key (both
/// template versions' keys), as <c>wide_{table}.csv</c>. A value is its number; a cell printed blank or with a
/// placeholder is empty; a cell not read (unreadable, not found, or not in the report's template version) is <c>NA</c>.
/// A blank is never a 0.
/// </summary>
public static class WideExporter
{
    public const string NotRead = "NA";

    public static IReadOnlyList<string> Tables => TemplateCatalog.TableCodes;

    public static WrittenTable Write(SqliteConnection connection, string folder, string tableCode)
    {
        var keys = TemplateCatalog
            .All.SelectMany(t => t.Tables)
            .Where(t => t.Code == tableCode)
            .SelectMany(t => t.CellKeys())
            .Distinct()
            .ToList();
        var table = new ExportTable<WideRow>(
            $"wide_{tableCode}",
            [
                new("report_id", FieldType.Integer, "Report id", "报告编号"),
                new("document", FieldType.String, "File name as ingested", "文档文件名"),
                new("agency", FieldType.String, "Reporting agency", "报告机关"),
                new("report_year", FieldType.Integer, "Year the report covers", "报告年度"),
                new("template", FieldType.String, $"Template version of table {tableCode}", "该表的模板版本"),
                .. keys.Select(k => new ExportField(
                    k,
                    FieldType.Number,
                    $"Cell {k}: its number; empty when printed blank or as a placeholder; NA when not read or not in the report's template version",
                    $"单元格 {k}：数值；空白或占位符为空；未读取为 NA"
                )),
            ],
            row => [row.ReportId, row.Document, row.Agency, row.ReportYear, row.Template, .. keys.Select(row.Cell)]
        )
        {
            MissingValues = ["", NotRead],
            Description =
                $"Table {tableCode}, one row per report, one column per cell key of either template version. Empty = printed blank or placeholder; NA = not read, or not a cell of the report's version. Never read a blank as 0.",
        };
        CsvExporter.Write(folder, table, Rows(connection, tableCode));
        return new WrittenTable(table, [$"{table.Name}.csv"], "csv");
    }

    private static IEnumerable<WideRow> Rows(SqliteConnection connection, string tableCode)
    {
        WideRow? current = null;
        foreach (var fact in new ReportQueries(connection).Facts().Where(f => f.Table == tableCode))
        {
            if (current is null || current.ReportId != fact.ReportId)
            {
                if (current is not null)
                    yield return current;
                current = new WideRow(fact.ReportId, fact.Document, fact.Agency, fact.ReportYear, fact.Template);
            }
            current.Cells[fact.Key] = fact.Status switch
            {
                "value" => StoredValues.ToDecimal(fact.Value),
                "blank" or "placeholder" => null,
                _ => NotRead,
            };
        }
        if (current is not null)
            yield return current;
    }

    private sealed record WideRow(long ReportId, string Document, string? Agency, long? ReportYear, string Template)
    {
        public Dictionary<string, object?> Cells { get; } = [];

        public object? Cell(string key) => Cells.TryGetValue(key, out var value) ? value : NotRead;
    }
}
