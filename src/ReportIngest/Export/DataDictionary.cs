using ReportIngest.Templates;

namespace ReportIngest.Export;

/// <summary>Every cell key of each template version with its table, row and column labels as the template prints them:
/// what a <c>key</c> in facts means.</summary>
public static class DataDictionary
{
    public sealed record Entry(
        string Template,
        string Key,
        string Table,
        string Section,
        string Row,
        string RowLabel,
        string Col,
        string ColLabel,
        string Kind,
        string? Unit,
        string CellKind
    );

    public static ExportTable<Entry> Table { get; } =
        new(
            "dictionary",
            [
                new("template", FieldType.String, "Template version", "模板版本"),
                new("key", FieldType.String, "Cell key table.row.col, as in facts", "单元格键"),
                new("table", FieldType.String, "Table code", "表格代码"),
                new(
                    "section",
                    FieldType.String,
                    "Section of the report: proactive (二), requests (三), review (四)",
                    "所属部分"
                ),
                new("row", FieldType.String, "Row code", "行代码"),
                new("row_label", FieldType.String, "Row label as the template prints it", "行标题"),
                new("col", FieldType.String, "Column code", "列代码"),
                new("col_label", FieldType.String, "Column label as the template prints it", "列标题"),
                new("kind", FieldType.String, "count, signed_count or money", "数值类型"),
                new("unit", FieldType.String, "Unit the template states, if any", "单位"),
                new(
                    "cell_kind",
                    FieldType.String,
                    "template: a cell of the national template; extra: a column some layouts print beside it (法人或其他组织小计), stored where printed and not counted in cells_expected",
                    "单元格类别"
                ),
            ],
            e =>
                [
                    e.Template,
                    e.Key,
                    e.Table,
                    e.Section,
                    e.Row,
                    e.RowLabel,
                    e.Col,
                    e.ColLabel,
                    e.Kind,
                    e.Unit,
                    e.CellKind,
                ]
        );

    public static IEnumerable<Entry> Entries() =>
        from template in TemplateCatalog.All
        from table in template.Tables
        from row in table.Rows
        from col in table.Columns.Concat(table.ExtraColumns)
        select new Entry(
            template.Version.ToCode(),
            CellKey.Of(table.Code, row.Code, col.Code),
            table.Code,
            table.Section.ToString().ToLowerInvariant(),
            row.Code,
            row.Label,
            col.Code,
            col.Label,
            KindCode(col.Kind),
            col.Unit,
            table.IsExtraColumn(col.Code) ? "extra" : "template"
        );

    private static string KindCode(ValueKind kind) =>
        kind switch
        {
            ValueKind.SignedCount => "signed_count",
            ValueKind.Money => "money",
            _ => "count",
        };
}
