using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// First pass of extraction: walks the document's lines, tracks the section, section 二 sub-table and section 四
/// group it is in, and sorts rows into header rows and data rows of template tables. A header row says by its own
/// phrases which table it heads (<see cref="SectionRecognizer.HeaderSection"/>), so a table is recognised wherever it
/// stands and whatever its heading says; headings only confirm. Rows that carry numbers but match no template row are
/// reported, never attached to a neighbour. <see cref="Finish"/> ends the walk after the last line.
/// </summary>
public sealed class TableObserver
{
    private readonly LabelMatcher _matcher;
    private readonly IReadOnlyDictionary<int, TemplateSection> _gridSections;
    private readonly Dictionary<string, TableObservation> _tables = [];
    private readonly List<StructuralIssue> _issues = [];
    private TemplateSection? _section;
    private string? _subTable;
    private string? _reviewGroup;
    private string? _pendingReviewGroup;
    private readonly List<GridCell> _reviewHeaderRun = [];
    private int _pendingReviewGroupLine;

    /// <summary>The header printed as text lines under a pending group name (结果 / 维持 over the group's columns).</summary>
    private string _pendingReviewHeader = "";
    private int _lineCount;

    /// <summary>The previous line when it was a short piece of text (行政 over 复议: a group name broken over lines).</summary>
    private string? _textFragment;

    private const int MaxFragment = 4;

    /// <summary>The previous line was a table's row (a grid row, or a row printed blank as text right after one).</summary>
    private bool _afterTableRow;

    /// <summary>The grid of the last grid row: the table a row printed blank as text right after it belongs to.</summary>
    private int? _lastGrid;

    /// <summary>
    /// Section 三 labels printed as text right after the table's rows: rows printed blank, unless the table reads
    /// that row elsewhere (a label split from its figures, as Markdown conversions print them).
    /// </summary>
    private readonly List<(string Table, ObservedRow Row)> _blankRowsAfterRows = [];

    /// <summary>A section 四 group named by a line before the table's header (行政复议 above its table) holds for this many lines.</summary>
    private const int PendingGroupReach = 3;
    private int _order;

    /// <summary>Text lines longer than this are prose, not a header printed as text.</summary>
    private const int MaxHeaderLine = 80;

    /// <param name="matcher">Maps row labels to template rows.</param>
    /// <param name="gridSections">The section each grid's header names (<see cref="SectionRecognizer.GridSections"/>).</param>
    public TableObserver(LabelMatcher matcher, IReadOnlyDictionary<int, TemplateSection>? gridSections = null)
    {
        _matcher = matcher;
        _gridSections = gridSections ?? new Dictionary<int, TemplateSection>();
    }

    private TemplateSection? GridSection(int? gridIndex) =>
        gridIndex is { } index && _gridSections.TryGetValue(index, out var section) ? section : null;

    public IReadOnlyDictionary<string, TableObservation> Tables => _tables;

    public IReadOnlyList<StructuralIssue> Issues => _issues;

    /// <summary>Ends the walk: the rows printed blank as text after section 三's rows that the table reads nowhere else are its rows.</summary>
    public void Finish()
    {
        foreach (var (table, blank) in _blankRowsAfterRows)
        {
            var observation = Observation(table);
            if (observation.Rows.Any(r => r.Row.Code == blank.Row.Code)) continue;
            observation.Rows.Add(blank);
            observation.NoteRow([.. blank.Parts.LabelCells, .. blank.Parts.ValueCells], blank.GridIndex);
        }
        _blankRowsAfterRows.Clear();
    }

    public void Observe(ReportLine line)
    {
        _lineCount++;
        var text = line.Normalized;
        var fragment = _textFragment;
        _textFragment = !line.IsGridRow && text.Length <= MaxFragment && !text.Any(char.IsAsciiDigit) ? text : null;
        var afterTableRow = _afterTableRow;
        _afterTableRow = line.IsGridRow;
        if (line.IsGridRow) _lastGrid = line.GridIndex;
        if (SectionRecognizer.SubTableOf(text) is { } sub)
        {
            _subTable = sub;
            EnterSection(TemplateSection.Proactive);
            if (!line.IsGridRow || !line.Parts.HasValues) return;
        }

        if (!line.IsGridRow)
        {
            ObserveText(line, text, fragment, afterTableRow);
            return;
        }

        if (text.Contains("本列数据的勾稽关系")) EnterSection(TemplateSection.Requests);
        ObserveRow(line.Parts, line.Locator, line.GridIndex, fromText: false);
    }

    private void ObserveText(ReportLine line, string text, string? fragment, bool afterTableRow)
    {
        if (SectionRecognizer.HeadingSection(text) is { } section)
        {
            EnterSection(section);
            return;
        }
        if (SectionRecognizer.EndsTables(text))
        {
            _section = null;
            return;
        }
        if ((SectionRecognizer.ReviewGroupOf(text) ?? (fragment is null ? null : SectionRecognizer.ReviewGroupOf(fragment + text))) is { } group
            && (_section == TemplateSection.ReviewLitigation || text.Length <= 16))
        {
            // 行政复议 / 行政诉讼 above a table of their own; before its header has said it is section 四, the name waits.
            if (_section == TemplateSection.ReviewLitigation) _reviewGroup = group;
            else (_pendingReviewGroup, _pendingReviewGroupLine, _pendingReviewHeader) = (group, _lineCount, "");
            return;
        }
        // the group's outcome header printed as text under its name, a word over each column: the name holds through it
        if (_pendingReviewGroup is not null && _lineCount - _pendingReviewGroupLine <= PendingGroupReach && text.Length <= MaxHeaderLine && !text.Any(char.IsAsciiDigit))
            (_pendingReviewHeader, _pendingReviewGroupLine) = (_pendingReviewHeader + text, _lineCount);
        // A header printed as text (a table without rulings in a PDF): its phrases say which table follows.
        if (text.Length <= MaxHeaderLine && !text.Any(char.IsAsciiDigit) && SectionRecognizer.HeaderSection(text) is { } headed)
        {
            if (headed != TemplateSection.Proactive || _section != TemplateSection.Proactive) EnterSection(headed);
            if (headed == TemplateSection.Proactive && _subTable is not null) Observation(_subTable).AddHeader(line.Cells, null);
            return;
        }
        if (_section == TemplateSection.ReviewLitigation) return;

        // Text dumps: a whole line of label and numbers is a row (outside a known section only when the label is a
        // template row's own); a template row's label alone is a row printed blank; a line of column headers is header evidence.
        if (TextRowParser.TryParse(line.Text, line.Locator) is { } cells)
            ObserveRow(RowParts.Split(cells), line.Locator, null, fromText: true);
        else if (_section is not null && text.Length <= 40 && BlankTextRow(line, afterTableRow) is { } blank)
        {
            if (_section == TemplateSection.Proactive) AddRow(blank, line.Parts, line.Locator, null);
            else _blankRowsAfterRows.Add((blank.Table, new ObservedRow(blank.Row, line.Parts, line.Locator, _lastGrid, _order++)));
            _afterTableRow = true;
        }
        else if (_section == TemplateSection.Proactive && _subTable is not null && text.Length <= 40)
            Observation(_subTable).AddHeader(line.Cells, null);
    }

    /// <summary>
    /// A text line that is a row's label and nothing else, its cells printed blank: in section 二 (行政许可), or in
    /// section 三 right after the table's rows (四、结转下年度继续办理 under （七）总计, left out of a table without rulings
    /// whose labels on that page stand further right).
    /// </summary>
    private (string Table, RowDefinition Row)? BlankTextRow(ReportLine line, bool afterTableRow) =>
        (_section == TemplateSection.Proactive || (_section == TemplateSection.Requests && afterTableRow))
        && _matcher.Match(line.Parts, _section, exactOnly: true, slips: LabelSlips.WholeLabel) is { } match ? match : null;

    private void ObserveRow(RowParts parts, string locator, int? gridIndex, bool fromText)
    {
        if (!parts.HasValues)
        {
            if (fromText || parts.LabelCells.Count == 0) return;
            // 行政复议 in a row of its own under section 三's last row: the name of the section 四 table that follows
            if (_section != TemplateSection.ReviewLitigation && SectionRecognizer.ReviewGroupOf(LabelNormalizer.Normalize(parts.FullLabel)) is { } named)
            {
                (_pendingReviewGroup, _pendingReviewGroupLine, _pendingReviewHeader) = (named, _lineCount, "");
                return;
            }
            // A labelled row printed with every cell blank (zeros left out, template.md §8.1) is data, not a header.
            if (IsBlankDataRow(parts) && SectionRecognizer.HeaderSection(LabelNormalizer.Normalize(parts.FullLabel)) is null
                && _matcher.Match(parts, null, slips: LabelSlips.WholeLabel) is { } blankRow) AddRow(blankRow, parts, locator, gridIndex);
            else ObserveHeader(parts, gridIndex);
            return;
        }

        if (parts.LabelCells.Count == 0)
        {
            ObserveUnlabeled(parts, locator, gridIndex);
            return;
        }

        var match = _matcher.Match(parts, fromText ? _section : null, exactOnly: fromText);
        if (match is null && !fromText && _matcher.MatchGroup(parts) is { } group)
        {
            // A group row printed with its items' sums (a layout of the derived rows): no template cell, set aside.
            _issues.Add(StructuralIssue.Info(group.Table, group.Group.Code,
                $"group row \"{parts.FullLabel}\" prints {parts.NumberCount} number(s), the sums of its items; no template cell holds them, they are not stored", locator));
            return;
        }
        if (match is not { } found)
        {
            if (_section is not null && !fromText)
                _issues.Add(StructuralIssue.Warning(TableOfSection(), "unmatched_row",
                    $"row \"{parts.FullLabel}\" with {parts.NumberCount} number(s) matches no template row; its values are not assigned", locator));
            return;
        }

        AddRow(found, parts, locator, gridIndex);
    }

    private void AddRow((string Table, RowDefinition Row) found, RowParts parts, string locator, int? gridIndex)
    {
        EnterSection(LabelMatcher.SectionOfTable(found.Table));
        if (found.Table.StartsWith("s2_", StringComparison.Ordinal)) _subTable = found.Table;
        Observation(found.Table).Rows.Add(new ObservedRow(found.Row, parts, locator, gridIndex, _order++));
        Observation(found.Table).NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
    }

    /// <summary>One to three label cells followed by empty cells: the shape of a data row with nothing printed.</summary>
    private static bool IsBlankDataRow(RowParts parts) =>
        parts.LabelCells.Count is >= 1 and <= 3 && parts.ValueCells.Count >= 1 && parts.ValueCells.All(c => c.Text.Trim().Length == 0);

    private void ObserveUnlabeled(RowParts parts, string locator, int? gridIndex)
    {
        if (GridSection(gridIndex) is { } headed && headed != _section) EnterSection(headed);
        else if (_section != TemplateSection.ReviewLitigation && NamedReviewGroupAbove()) EnterSection(TemplateSection.ReviewLitigation);
        if (_section == TemplateSection.ReviewLitigation)
        {
            var cases = SharedParts.ReviewLitigation.Rows[0];
            // The header rows right above the figures say which groups they are (行政复议 over one table, 行政诉讼 over the next).
            var group = SectionRecognizer.ReviewGroupOfHeader(HeaderColumns.Texts(_reviewHeaderRun)) ?? _reviewGroup;
            _reviewHeaderRun.Clear();
            Observation("s4").Rows.Add(new ObservedRow(cases, parts, locator, gridIndex, _order++, group));
            Observation("s4").NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
            return;
        }
        if (_section is not null && parts.NumberCount > 0)
            Observation(TableOfSection()).Unlabeled.Add(new UnlabeledRow(parts, locator, gridIndex, _order++));
    }

    /// <summary>
    /// Right above: a section 四 group's name (行政复议) over a header of its outcomes printed as text (结果 / 维持, 尚未 /
    /// 审结): figures without a label under them are that group's, wherever the headings left off.
    /// </summary>
    private bool NamedReviewGroupAbove() =>
        _pendingReviewGroup is not null && _lineCount - _pendingReviewGroupLine <= PendingGroupReach
        && SectionSignatures.ReviewOutcomePhrases.Count(p => _pendingReviewHeader.Contains(p, StringComparison.Ordinal)) >= 2;

    private void ObserveHeader(RowParts parts, int? gridIndex)
    {
        // The header's own phrases say which table it heads, whatever section the headings put us in.
        if ((SectionRecognizer.HeaderSection(LabelNormalizer.Normalize(parts.FullLabel)) ?? GridSection(gridIndex)) is { } headed && headed != _section)
            EnterSection(headed);
        var table = _section switch
        {
            TemplateSection.Proactive => _subTable,
            TemplateSection.Requests => "s3",
            TemplateSection.ReviewLitigation => "s4",
            _ => null,
        };
        if (table is null) return;
        Observation(table).NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
        if (_matcher.MatchGroup(parts) is not null) return; // a blank group row (（三）不予公开) among the data rows, not a header
        Observation(table).AddHeader(parts.LabelCells, gridIndex);
        if (table == "s4") _reviewHeaderRun.AddRange(parts.LabelCells);
    }

    private void EnterSection(TemplateSection section)
    {
        if (_section != section)
        {
            _reviewGroup = section == TemplateSection.ReviewLitigation && _lineCount - _pendingReviewGroupLine <= PendingGroupReach ? _pendingReviewGroup : null;
            _reviewHeaderRun.Clear();
        }
        _pendingReviewGroup = null;
        _section = section;
    }

    private string TableOfSection() => _section switch
    {
        TemplateSection.Requests => "s3",
        TemplateSection.ReviewLitigation => "s4",
        _ => _subTable ?? "s2",
    };

    private TableObservation Observation(string table)
    {
        if (!_tables.TryGetValue(table, out var observation)) _tables[table] = observation = new TableObservation(table);
        return observation;
    }
}
