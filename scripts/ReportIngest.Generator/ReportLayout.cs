using ReportIngest.Generator.Variations;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What the template's Word tables print, shared by every renderer. Labels come from the template definitions,
/// printed through the report's <see cref="PrintStyle"/>. The tables are laid out once as Word builds them, with
/// merged cells (<see cref="LayoutCell"/> spans); the Markdown and text renderers take the flat form
/// (<see cref="Expand"/>: a merged cell's text in the first grid position it covers, the others empty, as a Word
/// table exports), the HTML, PDF and Word renderers the spans themselves. The variations that change a table's
/// structure (a 小计 column, group rows, extra and omitted rows, section 四 in two tables) are laid out here, so
/// every format prints them.
/// </summary>
public static class ReportLayout
{
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The block label left of every section 三 result row.</summary>
    public const string ResultsBlock = "三、本年度办理结果";

    /// <summary>Grid columns of the section 二 Word table: 信息内容 and up to three values (template.md §2).</summary>
    public const int ProactiveWidth = 4;

    /// <summary>The extra row of 第二十条第（一）项 some local layouts print (Hubei 2020), and its key in <see
    /// cref="SyntheticReport.Extras"/>.</summary>
    public const string OtherDocumentsLabel = "其他主动公开文件";
    public const string OtherDocumentsRow = "other_documents";

    /// <summary>The 法人或其他组织 subtotal column (template.md §3.1, §8.10): its code, as a header under the group and as one
    /// of its own.</summary>
    public const string SubtotalColumn = "org_subtotal";
    public const string SubtotalUnderGroup = "小计";
    public const string SubtotalOwnColumn = "法人或其他组织小计";

    private static readonly Dictionary<string, string> ArticleItems = new()
    {
        ["s2_a20_1"] = "一",
        ["s2_a20_5"] = "五",
        ["s2_a20_6"] = "六",
        ["s2_a20_8"] = "八",
        ["s2_a20_9"] = "九",
    };

    /// <summary>Section 三 groups whose label is a merged cell left of their numbered items (row code prefix,
    /// label).</summary>
    private static readonly (string Prefix, string Label)[] ResultGroups =
    [
        ("res_withheld_", "（三）不予公开"),
        ("res_unavailable_", "（四）无法提供"),
        ("res_declined_", "（五）不予处理"),
        ("res_other_", "（六）其他处理"),
    ];

    private static readonly string[] Outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static readonly string[] Applicants =
    [
        "natural_person",
        "commercial",
        "research",
        "public_welfare",
        "legal_service",
        "other_org",
    ];

    /// <summary>The section 二 sub-tables the report prints (one whose rows are all omitted is left out with its
    /// sub-header).</summary>
    public static IEnumerable<TableDefinition> ProactiveTables(SyntheticReport report) =>
        report.Template.Tables.Where(t =>
            t.Section == TemplateSection.Proactive && t.Rows.Any(r => report.Prints(t.Code, r.Code))
        );

    /// <summary>The item of 条例第二十条 a section 二 sub-table reports: "一" for 第二十条第（一）项.</summary>
    public static string ArticleItem(TableDefinition table) => ArticleItems[table.Code];

    /// <summary>The sub-header row of a section 二 sub-table as this report prints it: 第二十条第（一）项.</summary>
    public static string ArticleHeader(SyntheticReport report, TableDefinition table) =>
        report.Style.ArticleHeader(ArticleItem(table));

    /// <summary>A section 二 sub-table: its 信息内容 header row, then one row per printed row.</summary>
    public static IEnumerable<string[]> ProactiveRows(
        SyntheticReport report,
        TableDefinition table,
        CellFormatter formatter
    ) => ProactiveCells(report, table, formatter).Select(row => row.Select(c => c.Text).ToArray());

    /// <summary>A section 二 sub-table as cells without spans: the 信息内容 header row, then one row per printed row (and
    /// the extra row of （一）).</summary>
    public static IEnumerable<LayoutCell[]> ProactiveCells(
        SyntheticReport report,
        TableDefinition table,
        CellFormatter formatter
    )
    {
        var style = report.Style;
        yield return [new(style.Label("信息内容")), .. table.Columns.Select(c => new LayoutCell(style.Label(c.Label)))];
        foreach (var row in table.Rows.Where(r => report.Prints(table.Code, r.Code)))
            yield return
            [
                new(style.Label(row.Label)),
                .. table.Columns.Select(c => Value(report, formatter, table, row.Code, c)),
            ];
        if (
            table.Code == "s2_a20_1"
            && report.Extras.Keys.Any(k => k.StartsWith($"s2_a20_1.{OtherDocumentsRow}.", StringComparison.Ordinal))
        )
            yield return
            [
                new(style.Label(OtherDocumentsLabel)),
                .. table.Columns.Select(c =>
                    ExtraValue(report, formatter, $"s2_a20_1.{OtherDocumentsRow}.{c.Code}", c.Kind)
                ),
            ];
    }

    /// <summary>
    /// The whole section 二 Word table: each sub-table's 第二十条第（X）项 row across the grid, its header and its rows;
    /// a row with fewer values than the grid has columns lets its last cell span the rest (the 2021 one-value rows span
    /// three). With <paramref name="spanQuirk"/> the grid has five columns and each data row's first value spans two,
    /// so header and data cells of one column disagree (the 2019 layout of template.md §2.1: 上一年项目数量 spans one grid
    /// column, the figure under it two).
    /// </summary>
    public static IEnumerable<LayoutCell[]> ProactiveGrid(
        SyntheticReport report,
        CellFormatter formatter,
        bool spanQuirk = false
    )
    {
        var width = spanQuirk ? ProactiveWidth + 1 : ProactiveWidth;
        foreach (var table in ProactiveTables(report))
        {
            yield return [new(ArticleHeader(report, table), ColSpan: width)];
            var header = true;
            foreach (var row in ProactiveCells(report, table, formatter))
            {
                var cells = row.ToArray();
                if (spanQuirk && !header)
                    cells[1] = cells[1] with { ColSpan = 2 };
                var used = cells[..^1].Sum(c => c.ColSpan);
                cells[^1] = cells[^1] with { ColSpan = width - used };
                yield return cells;
                header = false;
            }
        }
    }

    /// <summary>Section 三's value columns as printed, in order: the template's seven, with the 小计 column before 总计 when
    /// the report prints one.</summary>
    public static IReadOnlyList<(string Code, string Label)> RequestColumns(SyntheticReport report)
    {
        var template = report.Template.Table("s3")!.Columns.Select(c => (c.Code, c.Label)).ToList();
        if (report.HasSubtotalColumn)
            template.Insert(
                template.Count - 1,
                (SubtotalColumn, report.Style.SubtotalUnderGroup ? SubtotalUnderGroup : SubtotalOwnColumn)
            );
        return template;
    }

    /// <summary>Grid columns of section 三: three label columns and the value columns.</summary>
    public static int RequestWidth(SyntheticReport report) => 3 + RequestColumns(report).Count;

    /// <summary>The section 三 header as one row: three label columns (the first holds the printed balance note), then
    /// the value columns.</summary>
    public static string[] RequestHeaderRow(SyntheticReport report) =>
        [report.Style.Label(BalanceNote), "", "", .. RequestColumns(report).Select(c => report.Style.Label(c.Label))];

    /// <summary>The section 三 header as the Word grid prints it: 申请人情况 / 自然人, 法人或其他组织, 总计 / the five organisation
    /// types.</summary>
    public static string[][] RequestHeaderGrid(SyntheticReport report) => Expand(RequestHeaderCells(report));

    /// <summary>
    /// The section 三 header with its merges: the balance note over three rows and the three label columns,
    /// 申请人情况 over the value columns; 自然人 and 总计 over two rows, 法人或其他组织 over the five organisation types
    /// (and 小计 under them, or 法人或其他组织小计 over two rows beside them). With <paramref name="spanQuirk"/> the grid is
    /// the one the Pingtan 2021 page pastes: 自然人 spans two grid columns above an empty cell, and 商业企业 is two columns
    /// wide (so are its figures, <see cref="SpanQuirkColumn"/>).
    /// </summary>
    public static LayoutCell[][] RequestHeaderCells(SyntheticReport report, bool spanQuirk = false)
    {
        var style = report.Style;
        var labels = report.Template.Table("s3")!.Columns.Select(c => style.Label(c.Label)).ToArray();
        var subtotal = report.HasSubtotalColumn;
        var underGroup = subtotal && style.SubtotalUnderGroup;
        LayoutCell[] subtotalUnder = underGroup ? [new(style.Label(SubtotalUnderGroup))] : [];
        LayoutCell[] subtotalOwn = subtotal && !underGroup ? [new(style.Label(SubtotalOwnColumn), RowSpan: 2)] : [];
        var groupSpan = underGroup ? 6 : 5;
        var width = RequestColumns(report).Count + (spanQuirk ? 1 : 0); // the quirk's 商业企业 is two grid columns wide
        LayoutCell note = new(style.Label(BalanceNote), RowSpan: 3, ColSpan: 3);
        LayoutCell applicants = new(style.Label("申请人情况"), ColSpan: width);
        LayoutCell group = new(style.Label("法人或其他组织"), ColSpan: groupSpan);
        return spanQuirk
            ?
            [
                [note, applicants],
                [new(labels[0], ColSpan: 2), group, .. subtotalOwn, new(labels[6], RowSpan: 2)],
                [new(""), new(labels[1], ColSpan: 2), .. labels[2..6].Select(l => new LayoutCell(l)), .. subtotalUnder],
            ]
            :
            [
                [note, applicants],
                [new(labels[0], RowSpan: 2), group, .. subtotalOwn, new(labels[6], RowSpan: 2)],
                [.. labels[1..6].Select(l => new LayoutCell(l)), .. subtotalUnder],
            ];
    }

    /// <summary>The section 三 column whose cells are two grid columns wide in the span-quirk grid (商业企业).</summary>
    public const string SpanQuirkColumn = "commercial";

    /// <summary>
    /// Section 三 data rows: three label cells (一、–四、 level; （一）–（七） level; numbered item), then the value
    /// columns. 三、本年度办理结果 and each group label stand in the first row they span only.
    /// </summary>
    public static IEnumerable<string[]> RequestRows(SyntheticReport report, CellFormatter formatter) =>
        Expand([.. RequestRowCells(report, formatter)], width: RequestWidth(report));

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
    /// With <see cref="Variation.GroupRows"/> a group label is a row of its own (blank, or with its subtotals) and its
    /// items span the two inner label columns. With <see cref="Variation.ExtraRows"/> a 注： row ends the table.
    /// </summary>
    public static IEnumerable<LayoutCell[]> RequestRowCells(
        SyntheticReport report,
        CellFormatter formatter,
        int from,
        int to,
        bool repeatCutLabels
    )
    {
        var style = report.Style;
        var s3 = report.Template.Table("s3")!;
        var all = s3.Rows.ToList();
        var groupRows = style.Has(Variation.GroupRows);
        for (var i = from; i < to; i++)
        {
            var row = all[i];
            var values = RequestValues(report, formatter, row.Code).ToArray();
            if (!IsResultRow(row.Code))
            {
                yield return [new(style.Label(row.Label), ColSpan: 3), .. values];
                continue;
            }
            var opensBlock = i == from || !IsResultRow(all[i - 1].Code);
            var blockRows =
                Run(all, i, to, r => IsResultRow(r.Code))
                + (
                    groupRows
                        ? GroupsIn(all, i, i + Run(all, i, to, r => IsResultRow(r.Code)), from, repeatCutLabels)
                        : 0
                );
            LayoutCell[] block = opensBlock
                ?
                [
                    Merged(
                        style.Label(ResultsBlock),
                        cut: i > 0 && IsResultRow(all[i - 1].Code),
                        repeatCutLabels,
                        blockRows
                    ),
                ]
                : [];
            var group = ResultGroupOf(row.Code);
            if (group is null)
            {
                yield return [.. block, new(style.Label(row.Label), ColSpan: 2), .. values];
                continue;
            }
            var opensGroup = i == from || ResultGroupOf(all[i - 1].Code) != group;
            if (groupRows)
            {
                if (PrintsGroupRow(all, i, from, repeatCutLabels))
                {
                    var members = all.Where(r => ResultGroupOf(r.Code) == group).Select(r => r.Code).ToList();
                    yield return
                    [
                        .. block,
                        new(style.Label(group), ColSpan: 2),
                        .. GroupValues(report, formatter, GroupCode(row.Code), members),
                    ];
                    block = [];
                }
                yield return [.. block, new(style.Label(row.Label), ColSpan: 2), .. values];
                continue;
            }
            LayoutCell[] groupCell = opensGroup
                ?
                [
                    Merged(
                        style.Label(group),
                        cut: i > 0 && ResultGroupOf(all[i - 1].Code) == group,
                        repeatCutLabels,
                        Run(all, i, to, r => ResultGroupOf(r.Code) == group)
                    ),
                ]
                : [];
            yield return [.. block, .. groupCell, new(style.Label(row.Label)), .. values];
        }
        if (to == all.Count && style.Has(Variation.ExtraRows))
            yield return
            [
                new(
                    $"注：本表数据统计期限为{report.Year}年1月1日至{report.Year}年12月31日。",
                    ColSpan: RequestWidth(report)
                ),
            ];
    }

    /// <summary>A row's value cells in the printed column order (the 小计 from <see
    /// cref="SyntheticReport.Extras"/>).</summary>
    private static IEnumerable<LayoutCell> RequestValues(SyntheticReport report, CellFormatter formatter, string row)
    {
        var s3 = report.Template.Table("s3")!;
        foreach (var (code, _) in RequestColumns(report))
            yield return code == SubtotalColumn
                ? ExtraValue(report, formatter, CellKey.Of("s3", row, SubtotalColumn), ValueKind.Count)
                : Value(report, formatter, s3, row, s3.Columns.First(c => c.Code == code));
    }

    /// <summary>
    /// A group row's cells: empty, or (<see cref="PrintStyle.GroupRowSums"/>) the sum of its items, which no template
    /// cell holds; keyed by the group's code (<c>s3.res_withheld.commercial</c>) so that renderers lay them out like
    /// their column.
    /// </summary>
    private static IEnumerable<LayoutCell> GroupValues(
        SyntheticReport report,
        CellFormatter formatter,
        string group,
        List<string> members
    )
    {
        foreach (var (code, _) in RequestColumns(report))
        {
            var key = CellKey.Of("s3", group, code);
            if (!report.Style.GroupRowSums)
            {
                yield return new LayoutCell("", IsValue: true, Key: key);
                continue;
            }
            var values = members
                .Select(m => CellKey.Of("s3", m, code))
                .Select(k => report.Cells.TryGetValue(k, out var v) ? v : report.Extras.GetValueOrDefault(k))
                .ToList();
            yield return new LayoutCell(
                values.All(v => v is null) ? "" : formatter.Format(values.Sum(v => v ?? 0), ValueKind.Count),
                IsValue: true,
                Key: key
            );
        }
    }

    /// <summary>How many group rows <see cref="Variation.GroupRows"/> adds between rows <paramref name="start"/> and
    /// <paramref name="end"/>.</summary>
    private static int GroupsIn(List<RowDefinition> rows, int start, int end, int from, bool repeatCutLabels) =>
        Enumerable.Range(start, end - start).Count(i => PrintsGroupRow(rows, i, from, repeatCutLabels));

    /// <summary>With <see cref="Variation.GroupRows"/>: a group's row stands before its first item, and again after a
    /// cut only when cut labels are repeated.</summary>
    private static bool PrintsGroupRow(List<RowDefinition> rows, int i, int from, bool repeatCutLabels) =>
        ResultGroupOf(rows[i].Code) is { } group
        && (i == 0 || ResultGroupOf(rows[i - 1].Code) != group || (i == from && repeatCutLabels));

    /// <summary>How many rows from <paramref name="start"/> (before <paramref name="end"/>) satisfy <paramref
    /// name="inRun"/> in a row.</summary>
    private static int Run(List<RowDefinition> rows, int start, int end, Func<RowDefinition, bool> inRun)
    {
        var n = 0;
        while (start + n < end && inRun(rows[start + n]))
            n++;
        return n;
    }

    private static LayoutCell Merged(string label, bool cut, bool repeatCutLabels, int rowSpan) =>
        new(cut && !repeatCutLabels ? "" : label, RowSpan: rowSpan);

    /// <summary>True for the rows under 三、本年度办理结果 (（一）予以公开 to （七）总计).</summary>
    public static bool IsResultRow(string rowCode) => rowCode.StartsWith("res_", StringComparison.Ordinal);

    /// <summary>The code of the group a section 三 row stands under (<c>res_withheld</c> for its items).</summary>
    private static string GroupCode(string rowCode) =>
        ResultGroups.First(g => rowCode.StartsWith(g.Prefix, StringComparison.Ordinal)).Prefix.TrimEnd('_');

    /// <summary>The merged group label a section 三 row stands under (（三）不予公开 …), or null.</summary>
    public static string? ResultGroupOf(string rowCode) =>
        ResultGroups.FirstOrDefault(g => rowCode.StartsWith(g.Prefix, StringComparison.Ordinal)).Label;

    /// <summary>
    /// Section 四 as printed: one table (header in the template's three rows, or in two with
    /// <paramref name="twoHeaderRows"/>) and its row of 15 figures; with <see cref="Variation.ReviewSplit"/> two
    /// tables, 行政复议 and 行政诉讼, each with its own header and figures.
    /// </summary>
    public static IReadOnlyList<LayoutCell[][]> ReviewTables(
        SyntheticReport report,
        CellFormatter formatter,
        bool twoHeaderRows = false
    )
    {
        var style = report.Style;
        var values = ReviewValueCells(report, formatter);
        LayoutCell[] OutcomeRow(int groups) =>
            [.. Enumerable.Repeat(Outcomes, groups).SelectMany(o => o).Select(o => new LayoutCell(style.Label(o)))];
        if (style.Has(Variation.ReviewSplit))
            return
            [
                [
                    [new(style.Label("行政复议"), ColSpan: 5)],
                    OutcomeRow(1),
                    values[..5],
                ],
                [
                    [new(style.Label("行政诉讼"), ColSpan: 10)],
                    [new(style.Label("未经复议直接起诉"), ColSpan: 5), new(style.Label("复议后起诉"), ColSpan: 5)],
                    OutcomeRow(2),
                    values[5..],
                ],
            ];
        if (twoHeaderRows)
            return
            [
                [
                    [
                        new(style.Label("行政复议"), ColSpan: 5),
                        new(style.Label("行政诉讼（未经复议直接起诉）"), ColSpan: 5),
                        new(style.Label("行政诉讼（复议后起诉）"), ColSpan: 5),
                    ],
                    OutcomeRow(3),
                    values,
                ],
            ];
        return
        [
            [
                [new(style.Label("行政复议"), ColSpan: 5), new(style.Label("行政诉讼"), ColSpan: 10)],
                [
                    .. Outcomes.Select(o => new LayoutCell(style.Label(o), RowSpan: 2)),
                    new(style.Label("未经复议直接起诉"), ColSpan: 5),
                    new(style.Label("复议后起诉"), ColSpan: 5),
                ],
                OutcomeRow(2),
                values,
            ],
        ];
    }

    /// <summary>Section 四's single data row as cells: 15 figures.</summary>
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
                while (grid[r][col] is not null)
                    col++;
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Count; dr++)
                for (var dc = 0; dc < cell.ColSpan; dc++)
                    grid[r + dr][col + dc] = dr == 0 && dc == 0 ? cell.Text : "";
                col += cell.ColSpan;
            }
        }
        return [.. grid.Select(row => row.Select(t => t ?? "").ToArray())];
    }

    /// <summary>A value cell as printed: the placeholder the filer typed for it, else the formatted figure.</summary>
    private static LayoutCell Value(
        SyntheticReport report,
        CellFormatter formatter,
        TableDefinition table,
        string row,
        ColumnDefinition column
    )
    {
        var key = CellKey.Of(table.Code, row, column.Code);
        var text = report.Placeholders.TryGetValue(key, out var mark)
            ? mark
            : formatter.Format(report.Cells[key], column);
        if (
            report.Style.Has(Variation.NoteMarks)
            && NoteMarked.Contains(key)
            && report.Cells[key] is not null
            && !report.Placeholders.ContainsKey(key)
        )
            text += NoteMark;
        return new LayoutCell(text, IsValue: true, Key: key);
    }

    /// <summary>The note's reference <see cref="Variation.NoteMarks"/> prints after a figure; renderers with markup set
    /// it as a superscript 1.</summary>
    public const string NoteMark = "¹";

    /// <summary>The cells whose figures carry a note's reference (<see cref="Variation.NoteMarks"/>).</summary>
    private static readonly HashSet<string> NoteMarked =
    [
        "s2_a20_1.normative_doc.in_force",
        "s3.new_received.natural_person",
        "s3.res_total.total",
    ];

    /// <summary>A printed figure that is no template cell (<see cref="SyntheticReport.Extras"/>).</summary>
    private static LayoutCell ExtraValue(SyntheticReport report, CellFormatter formatter, string key, ValueKind kind) =>
        new(formatter.Format(report.Extras.GetValueOrDefault(key), kind), IsValue: true, Key: key);
}

/// <summary>
/// One printed cell of a Word table: its text, the rows and grid columns it spans, and for a value cell the
/// template cell it prints (<see cref="Key"/>, <c>table.row.col</c>).
/// </summary>
public sealed record LayoutCell(
    string Text,
    int RowSpan = 1,
    int ColSpan = 1,
    bool IsValue = false,
    string? Key = null
);
