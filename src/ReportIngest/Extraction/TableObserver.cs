using ReportIngest.Documents;
using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// First pass of extraction: walks the document's lines, tracks the section, section 二 sub-table and section 四
/// group it is in, and sorts rows into header rows and data rows of template tables. A header row says by its own
/// phrases which table it heads (<see cref="SectionRecognizer.HeaderSection"/>), so a table is recognised wherever it
/// stands and whatever its heading says; headings only confirm. Rows that carry numbers but match no template row are
/// reported, never attached to a neighbour. <see cref="Finish"/> ends the walk after the last line.
/// </summary>
public sealed partial class TableObserver
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

    /// <summary>The header printed as text lines under a pending group name (结果 / 维持 over the group's
    /// columns).</summary>
    private string _pendingReviewHeader = "";
    private int _lineCount;

    /// <summary>The previous line when it was a short piece of text (行政 over 复议: a group name broken over
    /// lines).</summary>
    private string? _textFragment;

    private const int MaxFragment = 4;

    /// <summary>The previous line was a table's row (a grid row, or a row printed blank as text right after
    /// one).</summary>
    private bool _afterTableRow;

    /// <summary>The grid of the last grid row: the table a row printed blank as text right after it belongs
    /// to.</summary>
    private int? _lastGrid;

    /// <summary>
    /// Section 三 labels printed as text right after the table's rows: rows printed blank, unless the table reads
    /// that row elsewhere (a label split from its figures, as Markdown conversions print them).
    /// </summary>
    private readonly List<(string Table, ObservedRow Row)> _blankRowsAfterRows = [];

    /// <summary>A section 四 group named by a line before the table's header (行政复议 above its table) holds for this many
    /// lines.</summary>
    private const int PendingGroupReach = 3;
    private int _order;

    /// <summary>Text lines longer than this are prose, not a header printed as text.</summary>
    private const int MaxHeaderLine = 80;

    /// <param name="matcher">Maps row labels to template rows.</param>
    /// <param name="gridSections">The section each grid's header names (<see
    /// cref="SectionRecognizer.GridSections"/>).</param>
    public TableObserver(LabelMatcher matcher, IReadOnlyDictionary<int, TemplateSection>? gridSections = null)
    {
        _matcher = matcher;
        _gridSections = gridSections ?? new Dictionary<int, TemplateSection>();
    }

    private TemplateSection? GridSection(int? gridIndex) =>
        gridIndex is { } index && _gridSections.TryGetValue(index, out var section) ? section : null;

    public IReadOnlyDictionary<string, TableObservation> Tables => _tables;

    public IReadOnlyList<StructuralIssue> Issues => _issues;

    /// <summary>Ends the walk: the rows printed blank as text after section 三's rows that the table reads nowhere else
    /// are its rows.</summary>
    public void Finish()
    {
        foreach (var (table, blank) in _blankRowsAfterRows)
        {
            var observation = Observation(table);
            if (observation.Rows.Any(r => r.Row.Code == blank.Row.Code))
                continue;
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
        if (line.IsGridRow)
            _lastGrid = line.GridIndex;
        if (SectionRecognizer.SubTableOf(text) is { } sub)
        {
            _subTable = sub;
            EnterSection(TemplateSection.Proactive);
            if (!line.IsGridRow || !line.Parts.HasValues)
                return;
        }

        if (!line.IsGridRow)
        {
            ObserveText(line, text, fragment, afterTableRow);
            return;
        }

        if (text.Contains("本列数据的勾稽关系"))
            EnterSection(TemplateSection.Requests);
        if (line.FiguresBeside)
            return; // a label whose figures stand apart on the row under it: not a row printed blank
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
        if (
            (
                SectionRecognizer.ReviewGroupOf(text)
                ?? (fragment is null ? null : SectionRecognizer.ReviewGroupOf(fragment + text))
            )
                is { } group
            && (_section == TemplateSection.ReviewLitigation || text.Length <= 16)
        )
        {
            // 行政复议 / 行政诉讼 above a table of their own; before its header has said it is section 四, the name waits.
            if (_section == TemplateSection.ReviewLitigation)
                _reviewGroup = group;
            else
                (_pendingReviewGroup, _pendingReviewGroupLine, _pendingReviewHeader) = (group, _lineCount, "");
            return;
        }
        // the group's outcome header printed as text under its name, a word over each column: the name holds through it
        if (
            _pendingReviewGroup is not null
            && _lineCount - _pendingReviewGroupLine <= PendingGroupReach
            && text.Length <= MaxHeaderLine
            && !text.Any(char.IsAsciiDigit)
        )
            (_pendingReviewHeader, _pendingReviewGroupLine) = (_pendingReviewHeader + text, _lineCount);
        // A header printed as text (a table without rulings in a PDF): its phrases say which table follows.
        if (
            text.Length <= MaxHeaderLine
            && !text.Any(char.IsAsciiDigit)
            && SectionRecognizer.HeaderSection(text) is { } headed
        )
        {
            if (headed != TemplateSection.Proactive || _section != TemplateSection.Proactive)
                EnterSection(headed);
            if (headed == TemplateSection.Proactive && _subTable is not null)
                Observation(_subTable).AddHeader(line.Cells, null);
            return;
        }
        if (_section == TemplateSection.ReviewLitigation)
            return;

        // Text dumps: a whole line of label and numbers is a row (outside a known section only when the label is a
        // template row's own); a template row's label alone is a row printed blank; a line of column headers is header
        // evidence.
        // (a row put together from a label line and the figure lines under it is cells already)
        if ((line.Cells.Count > 1 ? line.Cells : TextRowParser.TryParse(line.Text, line.Locator)) is { } cells)
            ObserveRow(RowParts.Split(cells), line.Locator, null, fromText: true);
        else if (_section is not null && text.Length <= 40 && BlankTextRow(line, afterTableRow) is { } blank)
        {
            if (_section == TemplateSection.Proactive)
                AddRow(blank, line.Parts, line.Locator, null);
            else
                _blankRowsAfterRows.Add(
                    (blank.Table, new ObservedRow(blank.Row, line.Parts, line.Locator, _lastGrid, _order++))
                );
            _afterTableRow = true;
        }
        else if (_section == TemplateSection.Proactive && _subTable is not null && text.Length <= 40)
            Observation(_subTable).AddHeader(line.Cells, null);
    }

    /// <summary>
    /// A text line that is a row's label and nothing else, its cells printed blank: in section 二 (行政许可), or in
    /// section 三 right after the table's rows (四、结转下年度继续办理 under （七）总计, left out of a table without rulings
    /// whose labels on that page stand further right). Not when figures follow it on lines of their own: they may be
    /// its; nor when the source marks it as a heading (### (二) 部分公开 over that row's own table).
    /// </summary>
    private (string Table, RowDefinition Row)? BlankTextRow(ReportLine line, bool afterTableRow) =>
        !line.FiguresBeside
        && !line.IsHeading
        && (_section == TemplateSection.Proactive || (_section == TemplateSection.Requests && afterTableRow))
        && _matcher.Match(line.Parts, _section, exactOnly: true, slips: LabelSlips.WholeLabel) is { } match
            ? match
            : null;

    private void EnterSection(TemplateSection section)
    {
        if (_section != section)
        {
            _reviewGroup =
                section == TemplateSection.ReviewLitigation && _lineCount - _pendingReviewGroupLine <= PendingGroupReach
                    ? _pendingReviewGroup
                    : null;
            _reviewHeaderRun.Clear();
        }
        _pendingReviewGroup = null;
        _section = section;
    }

    private string TableOfSection() =>
        _section switch
        {
            TemplateSection.Requests => "s3",
            TemplateSection.ReviewLitigation => "s4",
            _ => _subTable ?? "s2",
        };

    private TableObservation Observation(string table)
    {
        if (!_tables.TryGetValue(table, out var observation))
            _tables[table] = observation = new TableObservation(table);
        return observation;
    }
}
