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
    /// With <paramref name="spanQuirk"/> the grid has five columns and each data row's first value spans two, so header
    /// and data cells of one column disagree (the 2019 layout of template.md §2.1: 上一年项目数量 spans one grid column,
    /// the figure under it two).
    /// </summary>
    public static IEnumerable<LayoutCell[]> ProactiveGrid(SyntheticReport report, CellFormatter formatter, bool spanQuirk = false)
    {
        var width = spanQuirk ? ProactiveWidth + 1 : ProactiveWidth;
        foreach (var table in ProactiveTables(report))
        {
            yield return [new(ArticleHeader(table), ColSpan: width)];
            var header = true;
            foreach (var row in ProactiveCells(report, table, formatter))
            {
                var cells = row.ToArray();
                if (spanQuirk && !header) cells[1] = cells[1] with { ColSpan = 2 };
                var used = cells[..^1].Sum(c => c.ColSpan);
                cells[^1] = cells[^1] with { ColSpan = width - used };
                yield return cells;
                header = false;
            }
        }
    }

    /// <summary>The section 三 header as one row: three label columns (the first holds the printed balance note), then the seven columns.</summary>
    public static string[] RequestHeaderRow(SyntheticReport report) => [BalanceNote, "", "", .. RequestColumnLabels(report)];

    /// <summary>The section 三 header as the Word grid prints it: 申请人情况 / 自然人, 法人或其他组织, 总计 / the five organisation types.</summary>
    public static string[][] RequestHeaderGrid(SyntheticReport report) => Expand(RequestHeaderCells(report));

    /// <summary>
    /// The section 三 header with its merges: the balance note over three rows and the three label columns,
    /// 申请人情况 over the seven columns; 自然人 and 总计 over two rows, 法人或其他组织 over the five organisation types.
    /// With <paramref name="spanQuirk"/> the grid is the one the Pingtan 2021 page pastes: 自然人 spans two grid columns
    /// above an empty cell, and 商业企业 is two columns wide (so are its figures, <see cref="SpanQuirkColumn"/>).
    /// </summary>
    public static LayoutCell[][] RequestHeaderCells(SyntheticReport report, bool spanQuirk = false)
    {
        var labels = RequestColumnLabels(report);
        return spanQuirk
            ?
            [
                [new(BalanceNote, RowSpan: 3, ColSpan: 3), new("申请人情况", ColSpan: 8)],
                [new(labels[0], ColSpan: 2), new("法人或其他组织", ColSpan: 5), new(labels[6], RowSpan: 2)],
                [new(""), new(labels[1], ColSpan: 2), .. labels[2..6].Select(l => new LayoutCell(l))],
            ]
            :
            [
                [new(BalanceNote, RowSpan: 3, ColSpan: 3), new("申请人情况", ColSpan: 7)],
                [new(labels[0], RowSpan: 2), new("法人或其他组织", ColSpan: 5), new(labels[6], RowSpan: 2)],
                [.. labels[1..6].Select(l => new LayoutCell(l))],
            ];
    }

    /// <summary>The section 三 column whose cells are two grid columns wide in the span-quirk grid (商业企业).</summary>
    public const string SpanQuirkColumn = "commercial";

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
    public static IEnumerable<LayoutCell[]> RequestRowCells(SyntheticReport report, CellFormatter formatter) =>
        RequestRowCells(report, formatter, 0, report.Template.Table("s3")!.Rows.Count, repeatCutLabels: true);

    /// <summary>
    /// Rows <paramref name="from"/> to <paramref name="to"/> (exclusive) of section 三, as one part of a table split
    /// in two: merged labels span only the rows of this part. A merged label that began in an earlier part is
    /// printed again when <paramref name="repeatCutLabels"/>, else left as an empty merged cell (Word's own split).
    /// </summary>
    public static IEnumerable<LayoutCell[]> RequestRowCells(SyntheticReport report, CellFormatter formatter, int from, int to, bool repeatCutLabels)
    {
        var s3 = report.Template.Table("s3")!;
        var all = s3.Rows.ToList();
        for (var i = from; i < to; i++)
        {
            var row = all[i];
            var values = s3.Columns.Select(c => Value(report, formatter, s3, row.Code, c));
            if (!IsResultRow(row.Code))
            {
                yield return [new(row.Label, ColSpan: 3), .. values];
                continue;
            }
            var opensBlock = i == from || !IsResultRow(all[i - 1].Code);
            LayoutCell[] block = opensBlock
                ? [Merged(ResultsBlock, cut: i > 0 && IsResultRow(all[i - 1].Code), repeatCutLabels, Run(all, i, to, r => IsResultRow(r.Code)))]
                : [];
            var group = ResultGroupOf(row.Code);
            if (group is null)
            {
                yield return [.. block, new(row.Label, ColSpan: 2), .. values];
                continue;
            }
            var opensGroup = i == from || ResultGroupOf(all[i - 1].Code) != group;
            LayoutCell[] groupCell = opensGroup
                ? [Merged(group, cut: i > 0 && ResultGroupOf(all[i - 1].Code) == group, repeatCutLabels, Run(all, i, to, r => ResultGroupOf(r.Code) == group))]
                : [];
            yield return [.. block, .. groupCell, new(row.Label), .. values];
        }
    }

    /// <summary>How many rows from <paramref name="start"/> (before <paramref name="end"/>) satisfy <paramref name="inRun"/> in a row.</summary>
    private static int Run(List<RowDefinition> rows, int start, int end, Func<RowDefinition, bool> inRun)
    {
        var n = 0;
        while (start + n < end && inRun(rows[start + n])) n++;
        return n;
    }

    private static LayoutCell Merged(string label, bool cut, bool repeatCutLabels, int rowSpan) =>
        new(cut && !repeatCutLabels ? "" : label, RowSpan: rowSpan);

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
    public static string[][] ReviewHeaderTwoRows() => Expand(ReviewHeaderTwoRowCells());

    /// <summary>The section 四 header in two rows with its merges: 行政复议 and the two kinds of suit (行政诉讼（…）) over five columns each, then their outcomes.</summary>
    public static LayoutCell[][] ReviewHeaderTwoRowCells() =>
    [
        [new("行政复议", ColSpan: 5), new("行政诉讼（未经复议直接起诉）", ColSpan: 5), new("行政诉讼（复议后起诉）", ColSpan: 5)],
        [.. Outcomes.Concat(Outcomes).Concat(Outcomes).Select(o => new LayoutCell(o))],
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
