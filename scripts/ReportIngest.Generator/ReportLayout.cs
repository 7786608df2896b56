using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What the template's Word tables print, shared by every renderer. Labels come from the template definitions.
/// The tables are laid out once as Word builds them, with merged cells (<see cref="LayoutCell"/> spans); the
/// Markdown and text renderers take the flat form (<see cref="Expand"/>: a merged cell's text in the first grid
/// position it covers, the others empty, as a Word table exports), the HTML renderer the spans themselves.
/// </summary>
public static class ReportLayout
{
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The block label left of every section 三 result row.</summary>
    public const string ResultsBlock = "三、本年度办理结果";

    /// <summary>Grid columns of the section 二 Word table: 信息内容 and up to three values (template.md §2).</summary>
    public const int ProactiveWidth = 4;

    private static readonly Dictionary<string, string> ArticleItems = new()
    {
        ["s2_a20_1"] = "一", ["s2_a20_5"] = "五", ["s2_a20_6"] = "六", ["s2_a20_8"] = "八", ["s2_a20_9"] = "九",
    };

    /// <summary>Section 三 groups whose label is a merged cell left of their numbered items (row code prefix, label).</summary>
    private static readonly (string Prefix, string Label)[] ResultGroups =
        [("res_withheld_", "（三）不予公开"), ("res_unavailable_", "（四）无法提供"), ("res_declined_", "（五）不予处理"), ("res_other_", "（六）其他处理")];

    private static readonly string[] Outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static IEnumerable<TableDefinition> ProactiveTables(SyntheticReport report) =>
        report.Template.Tables.Where(t => t.Section == TemplateSection.Proactive);

    /// <summary>The item of 条例第二十条 a section 二 sub-table reports: "一" for 第二十条第（一）项.</summary>
    public static string ArticleItem(TableDefinition table) => ArticleItems[table.Code];

    /// <summary>The sub-header row of a section 二 sub-table, as the template prints it: 第二十条第（一）项.</summary>
    public static string ArticleHeader(TableDefinition table) => $"第二十条第（{ArticleItem(table)}）项";

    /// <summary>A section 二 sub-table: its 信息内容 header row, then one row per template row.</summary>
    public static IEnumerable<string[]> ProactiveRows(SyntheticReport report, TableDefinition table, CellFormatter formatter) =>
        ProactiveCells(report, table, formatter).Select(row => row.Select(c => c.Text).ToArray());

    /// <summary>A section 二 sub-table as cells without spans: the 信息内容 header row, then one row per template row.</summary>
    public static IEnumerable<LayoutCell[]> ProactiveCells(SyntheticReport report, TableDefinition table, CellFormatter formatter)
    {
        yield return [new("信息内容"), .. table.Columns.Select(c => new LayoutCell(c.Label))];
        foreach (var row in table.Rows)
            yield return [new(row.Label), .. table.Columns.Select(c => Value(report, formatter, table, row.Code, c))];
    }

    /// <summary>
    /// The whole section 二 Word table: each sub-table's 第二十条第（X）项 row across the grid, its header and its rows;
    /// a row with fewer values than the grid has columns lets its last cell span the rest (the 2021 one-value rows span three).
    /// </summary>
    public static IEnumerable<LayoutCell[]> ProactiveGrid(SyntheticReport report, CellFormatter formatter)
    {
        foreach (var table in ProactiveTables(report))
        {
            yield return [new(ArticleHeader(table), ColSpan: ProactiveWidth)];
            foreach (var row in ProactiveCells(report, table, formatter))
                yield return [.. row[..^1], row[^1] with { ColSpan = ProactiveWidth - row.Length + 1 }];
        }
    }

    /// <summary>The section 三 header as one row: three label columns (the first holds the printed balance note), then the seven columns.</summary>
    public static string[] RequestHeaderRow(SyntheticReport report) => [BalanceNote, "", "", .. RequestColumnLabels(report)];

    /// <summary>The section 三 header as the Word grid prints it: 申请人情况 / 自然人, 法人或其他组织, 总计 / the five organisation types.</summary>
    public static string[][] RequestHeaderGrid(SyntheticReport report) => Expand(RequestHeaderCells(report));

    /// <summary>
    /// The section 三 header with its merges: the balance note over three rows and the three label columns,
    /// 申请人情况 over the seven columns; 自然人 and 总计 over two rows, 法人或其他组织 over the five organisation types.
    /// </summary>
    public static LayoutCell[][] RequestHeaderCells(SyntheticReport report)
    {
        var labels = RequestColumnLabels(report);
        return
        [
            [new(BalanceNote, RowSpan: 3, ColSpan: 3), new("申请人情况", ColSpan: 7)],
            [new(labels[0], RowSpan: 2), new("法人或其他组织", ColSpan: 5), new(labels[6], RowSpan: 2)],
            [.. labels[1..6].Select(l => new LayoutCell(l))],
        ];
    }

    /// <summary>
    /// Section 三 data rows: three label cells (一、–四、 level; （一）–（七） level; numbered item), then the seven
    /// columns. 三、本年度办理结果 and each group label stand in the first row they span only.
    /// </summary>
    public static IEnumerable<string[]> RequestRows(SyntheticReport report, CellFormatter formatter) =>
        Expand([.. RequestRowCells(report, formatter)], width: 10);

    /// <summary>
    /// Section 三 data rows with their merges: 一、二、四、 labels across the three label columns; 三、本年度办理结果
    /// down every result row; a group label (（三）不予公开 …) down its numbered items; an ungrouped result label
    /// across two columns.
    /// </summary>
    public static IEnumerable<LayoutCell[]> RequestRowCells(SyntheticReport report, CellFormatter formatter)
    {
        var s3 = report.Template.Table("s3")!;
        var resultRows = s3.Rows.Count(r => IsResultRow(r.Code));
        string? openGroup = null;
        foreach (var row in s3.Rows)
        {
            var values = s3.Columns.Select(c => Value(report, formatter, s3, row.Code, c));
            if (!IsResultRow(row.Code))
            {
                yield return [new(row.Label, ColSpan: 3), .. values];
                continue;
            }
            LayoutCell[] block = row.Code == "res_granted" ? [new(ResultsBlock, RowSpan: resultRows)] : [];
            var group = ResultGroupOf(row.Code);
            if (group is null)
            {
                openGroup = null;
                yield return [.. block, new(row.Label, ColSpan: 2), .. values];
                continue;
            }
            LayoutCell[] groupCell = group != openGroup ? [new(group, RowSpan: s3.Rows.Count(r => ResultGroupOf(r.Code) == group))] : [];
            openGroup = group;
            yield return [.. block, .. groupCell, new(row.Label), .. values];
        }
    }

    /// <summary>True for the rows under 三、本年度办理结果 (（一）予以公开 to （七）总计).</summary>
    public static bool IsResultRow(string rowCode) => rowCode.StartsWith("res_", StringComparison.Ordinal);

    /// <summary>The merged group label a section 三 row stands under (（三）不予公开 …), or null.</summary>
    public static string? ResultGroupOf(string rowCode) =>
        ResultGroups.FirstOrDefault(g => rowCode.StartsWith(g.Prefix, StringComparison.Ordinal)).Label;

    /// <summary>The section 四 header as the Word grid prints it (three rows of 15 cells).</summary>
    public static string[][] ReviewHeaderGrid() => Expand(ReviewHeaderCells());

    /// <summary>The section 四 header with its merges: 行政复议 over 5, 行政诉讼 over 10; its outcomes down two rows; the two kinds of suit over 5 each.</summary>
    public static LayoutCell[][] ReviewHeaderCells() =>
    [
        [new("行政复议", ColSpan: 5), new("行政诉讼", ColSpan: 10)],
        [.. Outcomes.Select(o => new LayoutCell(o, RowSpan: 2)), new("未经复议直接起诉", ColSpan: 5), new("复议后起诉", ColSpan: 5)],
        [.. Outcomes.Select(o => new LayoutCell(o)), .. Outcomes.Select(o => new LayoutCell(o))],
    ];

    /// <summary>The section 四 header flattened to two rows: the three groups, then their five outcomes each.</summary>
    public static string[][] ReviewHeaderTwoRows() =>
    [
        ["行政复议", "", "", "", "", "行政诉讼（未经复议直接起诉）", "", "", "", "", "行政诉讼（复议后起诉）", "", "", "", ""],
        [.. Outcomes, .. Outcomes, .. Outcomes],
    ];

    /// <summary>Section 四's single data row: 15 numbers.</summary>
    public static string[] ReviewValues(SyntheticReport report, CellFormatter formatter) =>
        [.. ReviewValueCells(report, formatter).Select(c => c.Text)];

    /// <summary>Section 四's single data row as cells.</summary>
    public static LayoutCell[] ReviewValueCells(SyntheticReport report, CellFormatter formatter)
    {
        var s4 = report.Template.Table("s4")!;
        return [.. s4.Columns.Select(c => Value(report, formatter, s4, "cases", c))];
    }

    /// <summary>
    /// Lays merged cells out on the grid as a Word table exports it: each cell's text in the first position it
    /// covers, every other covered position empty. <paramref name="width"/> defaults to the first row's.
    /// </summary>
    public static string[][] Expand(IReadOnlyList<LayoutCell[]> rows, int? width = null)
    {
        var columns = width ?? rows[0].Sum(c => c.ColSpan);
        var grid = rows.Select(_ => Enumerable.Repeat((string?)null, columns).ToArray()).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            var col = 0;
            foreach (var cell in rows[r])
            {
                while (grid[r][col] is not null) col++;
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Count; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        grid[r + dr][col + dc] = dr == 0 && dc == 0 ? cell.Text : "";
                col += cell.ColSpan;
            }
        }
        return [.. grid.Select(row => row.Select(t => t ?? "").ToArray())];
    }

    /// <summary>A value cell as printed: the placeholder the filer typed for it, else the formatted figure.</summary>
    private static LayoutCell Value(SyntheticReport report, CellFormatter formatter, TableDefinition table, string row, ColumnDefinition column)
    {
        var key = CellKey.Of(table.Code, row, column.Code);
        var text = report.Placeholders.TryGetValue(key, out var mark) ? mark : formatter.Format(report.Cells[key], column);
        return new LayoutCell(text, IsValue: true, Key: key);
    }

    private static string[] RequestColumnLabels(SyntheticReport report) => [.. report.Template.Table("s3")!.Columns.Select(c => c.Label)];
}

/// <summary>
/// One printed cell of a Word table: its text, the rows and grid columns it spans, and for a value cell the
/// template cell it prints (<see cref="Key"/>, <c>table.row.col</c>).
/// </summary>
public sealed record LayoutCell(string Text, int RowSpan = 1, int ColSpan = 1, bool IsValue = false, string? Key = null);
