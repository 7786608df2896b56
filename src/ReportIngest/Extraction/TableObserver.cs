using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// First pass of extraction: walks the document's lines, tracks the section, section 二 sub-table and section 四
/// group it is in, and sorts rows into header rows and data rows of template tables. Rows that carry numbers
/// but match no template row are reported, never attached to a neighbour.
/// </summary>
public sealed class TableObserver
{
    private readonly LabelMatcher _matcher;
    private readonly Dictionary<string, TableObservation> _tables = [];
    private readonly List<StructuralIssue> _issues = [];
    private TemplateSection? _section;
    private string? _subTable;
    private string? _reviewGroup;
    private int _order;

    public TableObserver(LabelMatcher matcher) => _matcher = matcher;

    public IReadOnlyDictionary<string, TableObservation> Tables => _tables;
    public IReadOnlyList<StructuralIssue> Issues => _issues;

    public void Observe(ReportLine line)
    {
        var text = line.Normalized;
        if (SectionDetector.SubTableOf(text) is { } sub)
        {
            _subTable = sub;
            EnterSection(TemplateSection.Proactive);
            if (!line.IsGridRow || !RowParts.Split(line.Cells).HasValues) return;
        }

        if (!line.IsGridRow)
        {
            ObserveText(line, text);
            return;
        }

        if (text.Contains("本列数据的勾稽关系")) EnterSection(TemplateSection.Requests);
        ObserveRow(line.Cells, line.Locator, line.GridIndex, fromText: false);
    }

    private void ObserveText(ReportLine line, string text)
    {
        if (SectionDetector.SectionOf(text) is { } section)
        {
            EnterSection(section);
            return;
        }
        if (SectionDetector.EndsTables(text))
        {
            _section = null;
            return;
        }
        if (_section == TemplateSection.ReviewLitigation && SectionDetector.ReviewGroupOf(text) is { } group)
        {
            _reviewGroup = group;
            return;
        }
        if (_section is null or TemplateSection.ReviewLitigation) return;

        // Text dumps: a whole line of label and numbers is a row; a line of column headers is header evidence.
        if (TextRowParser.TryParse(line.Text, line.Locator) is { } cells)
            ObserveRow(cells, line.Locator, null, fromText: true);
        else if (_section == TemplateSection.Proactive && _subTable is not null && text.Length <= 40)
            Observation(_subTable).AddHeader(line.Cells, null);
    }

    private void ObserveRow(IReadOnlyList<GridCell> cells, string locator, int? gridIndex, bool fromText)
    {
        var parts = RowParts.Split(cells);
        if (!parts.HasValues)
        {
            if (fromText || parts.LabelCells.Count == 0) return;
            // A labelled row printed with every cell blank (zeros left out, template.md §8.1) is data, not a header.
            if (IsBlankDataRow(parts) && _matcher.Match(parts, null) is { } blankRow) AddRow(blankRow, parts, locator, gridIndex);
            else ObserveHeader(parts, gridIndex);
            return;
        }

        if (parts.LabelCells.Count == 0)
        {
            ObserveUnlabeled(parts, locator, gridIndex);
            return;
        }

        var match = _matcher.Match(parts, fromText ? _section : null, exactOnly: fromText);
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
    }

    /// <summary>One to three label cells followed by at least two empty cells: the shape of a data row with nothing printed.</summary>
    private static bool IsBlankDataRow(RowParts parts) =>
        parts.LabelCells.Count is >= 1 and <= 3 && parts.ValueCells.Count >= 2 && parts.ValueCells.All(c => c.Text.Trim().Length == 0);

    private void ObserveUnlabeled(RowParts parts, string locator, int? gridIndex)
    {
        if (_section == TemplateSection.ReviewLitigation)
        {
            var cases = SharedParts.ReviewLitigation.Rows[0];
            Observation("s4").Rows.Add(new ObservedRow(cases, parts, locator, gridIndex, _order++, _reviewGroup));
            return;
        }
        if (_section is not null && parts.NumberCount > 0)
            Observation(TableOfSection()).Unlabeled.Add(new UnlabeledRow(parts, locator, gridIndex, _order++));
    }

    private void ObserveHeader(RowParts parts, int? gridIndex)
    {
        var table = _section switch
        {
            TemplateSection.Proactive => _subTable,
            TemplateSection.Requests => "s3",
            TemplateSection.ReviewLitigation => "s4",
            _ => null,
        };
        if (table is null)
        {
            // A table without a section heading: its column headers tell which one it is.
            var text = LabelNormalizer.Normalize(parts.FullLabel);
            if (text.Contains("自然人") || text.Contains("申请人情况")) { EnterSection(TemplateSection.Requests); table = "s3"; }
            else if (text.Contains("行政复议") || text.Contains("结果维持")) { EnterSection(TemplateSection.ReviewLitigation); table = "s4"; }
            else return;
        }
        Observation(table).AddHeader(parts.LabelCells, gridIndex);
    }

    private void EnterSection(TemplateSection section)
    {
        if (_section != section) _reviewGroup = null;
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
