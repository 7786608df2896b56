using ReportIngest.Storage;

namespace ReportIngest.Export;

/// <summary>
/// The exported tables of contract.md, columns in order (add at the end; never rename or reorder), with their types
/// and descriptions. CSV, Parquet and datapackage.json are all written from these definitions.
/// </summary>
public static class ExportTables
{
    private static ExportField F(string name, FieldType type, string description, string zh) =>
        new(name, type, description, zh);

    public static ExportTable<ReportRow> Reports { get; } =
        new(
            "reports",
            [
                F("report_id", FieldType.Integer, "Report id in this database", "报告编号（本数据库内）"),
                F("document", FieldType.String, "File name as ingested (no folders)", "文档文件名"),
                F("sha256", FieldType.String, "SHA-256 of the source bytes", "源文件的 SHA-256"),
                F("source_url", FieldType.String, "URL the document was fetched from", "来源网址"),
                F("agency", FieldType.String, "Reporting agency", "报告机关"),
                F("report_year", FieldType.Integer, "Year the report covers", "报告年度"),
                F("template", FieldType.String, "Template version: gov2019, gov2021, pre2019 or unknown", "模板版本"),
                F("title", FieldType.String, "Title of the report", "报告标题"),
                F("published_on", FieldType.String, "Publication date as given (ISO 8601 where known)", "发布日期"),
                F(
                    "parse_status",
                    FieldType.String,
                    "complete, partial, no_tables, attachment_only, image_only or not_a_report",
                    "解析状态"
                ),
                F("cells_expected", FieldType.Integer, "Template cells the report's tables have", "应有单元格数"),
                F("cells_found", FieldType.Integer, "Template cells read", "已读取单元格数"),
                F(
                    "cells_unreadable",
                    FieldType.Integer,
                    "Cells found but not readable as a number",
                    "无法识别的单元格数"
                ),
                F("stat_period", FieldType.String, "Statistics period stated by the report", "统计期间"),
                F("index_no", FieldType.String, "索引号 of the disclosure platform page", "索引号"),
                F("category", FieldType.String, "分类 of the disclosure platform page", "分类"),
                F("publisher", FieldType.String, "发布机构 of the disclosure platform page", "发布机构"),
                F(
                    "doc_date",
                    FieldType.String,
                    "成文日期 of the disclosure platform page (ISO 8601, with the time when the page gives one)",
                    "成文日期"
                ),
                F("doc_no", FieldType.String, "文号 of the disclosure platform page", "文号"),
            ],
            r =>
                [
                    r.ReportId,
                    r.Document,
                    r.Sha256,
                    r.SourceUrl,
                    r.Agency,
                    r.ReportYear,
                    r.Template,
                    r.Title,
                    r.PublishedOn,
                    r.ParseStatus,
                    r.CellsExpected,
                    r.CellsFound,
                    r.CellsUnreadable,
                    r.StatPeriod,
                    r.IndexNo,
                    r.Category,
                    r.Publisher,
                    r.DocDate,
                    r.DocNo,
                ]
        );

    public static ExportTable<FactRow> Facts { get; } =
        new(
            "facts",
            [
                F("report_id", FieldType.Integer, "Report the cell belongs to", "所属报告编号"),
                F("document", FieldType.String, "File name as ingested", "文档文件名"),
                F("sha256", FieldType.String, "SHA-256 of the source bytes", "源文件的 SHA-256"),
                F("agency", FieldType.String, "Reporting agency", "报告机关"),
                F("report_year", FieldType.Integer, "Year the report covers", "报告年度"),
                F("template", FieldType.String, "Template version of the cell's table", "该表的模板版本"),
                F("table", FieldType.String, "Table code (s2_a20_1 … s4)", "表格代码"),
                F("row", FieldType.String, "Row code", "行代码"),
                F("col", FieldType.String, "Column code", "列代码"),
                F("key", FieldType.String, "Cell key table.row.col", "单元格键"),
                F("value", FieldType.Number, "The number; empty unless status is value", "数值（仅当状态为 value）"),
                F("raw", FieldType.String, "The cell's text exactly as in the source (trimmed)", "原文"),
                F("status", FieldType.String, "value, blank, placeholder or unreadable", "状态"),
                F("unit", FieldType.String, "件, 项, 元, 万元 or empty", "单位"),
                F("page", FieldType.Integer, "PDF page (1-based); empty for HTML, Markdown and text", "PDF 页码"),
                F(
                    "locator",
                    FieldType.String,
                    "Where in the source: PDF box, HTML cell path or text line",
                    "在源文件中的位置"
                ),
            ],
            f =>
                [
                    f.ReportId,
                    f.Document,
                    f.Sha256,
                    f.Agency,
                    f.ReportYear,
                    f.Template,
                    f.Table,
                    f.Row,
                    f.Col,
                    f.Key,
                    StoredValues.ToDecimal(f.Value),
                    f.Raw,
                    f.Status,
                    f.Unit,
                    f.Page,
                    f.Locator,
                ]
        );

    public static ExportTable<FindingRow> Findings { get; } =
        new(
            "findings",
            [
                F("report_id", FieldType.Integer, "Report the finding is about", "所属报告编号"),
                F("document", FieldType.String, "File name as ingested", "文档文件名"),
                F("rule", FieldType.String, "Rule id (R3-BAL, X3-CARRY, S-STRUCT …)", "规则"),
                F("severity", FieldType.String, "error, warning or info", "严重程度"),
                F("status", FieldType.String, "fail or uncertain", "结果"),
                F("scope", FieldType.String, "Which instance of the rule (column, row or group code)", "范围"),
                F("expression", FieldType.String, "The relation with the actual numbers", "带实际数字的等式"),
                F("left", FieldType.Number, "Left side of the relation", "等式左边"),
                F("right", FieldType.Number, "Right side of the relation", "等式右边"),
                F("delta", FieldType.Number, "left − right", "差值"),
                F("cells", FieldType.String, "Cell keys involved, ;-separated", "涉及的单元格"),
                F(
                    "other_report_id",
                    FieldType.Integer,
                    "The other report of a cross-year finding",
                    "跨年度比较的另一份报告"
                ),
                F("other_document", FieldType.String, "File name of that other report", "另一份报告的文件名"),
                F("attributed_to", FieldType.String, "filer, parser or unknown", "归因"),
                F("message", FieldType.String, "What is wrong, in words", "说明"),
            ],
            f =>
                [
                    f.ReportId,
                    f.Document,
                    f.Rule,
                    f.Severity,
                    f.Status,
                    f.Scope,
                    f.Expression,
                    StoredValues.ToDecimal(f.Left),
                    StoredValues.ToDecimal(f.Right),
                    StoredValues.ToDecimal(f.Delta),
                    f.Cells,
                    f.OtherReportId,
                    f.OtherDocument,
                    f.AttributedTo,
                    f.Message,
                ]
        );
}
