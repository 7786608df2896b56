using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Readers;

/// <summary>
/// Builds blocks from plain lines: consecutive lines whose cells are separated by tabs (or by runs of two or more
/// spaces) form one grid, one cell per field, empty fields kept so that column positions survive; every other
/// non-empty line is a text block. Locators are <c>L{line}</c>, 1-based. A table aligned with spaces (a layout-keeping
/// PDF-to-text conversion) keeps its blank cells by position: <see cref="AlignedColumns"/>. A page number between two
/// rows (— 5 —, 第5页) is page furniture: dropped, and the table goes on after it.
/// </summary>
public sealed partial class LineTableBuilder
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly List<PendingRow> _rows = [];
    private bool _blankAfterRows;
    private bool _pageBreak;

    /// <summary>One line of a grid and where it stands.</summary>
    private sealed record PendingRow(string Line, int LineNumber, bool Tabbed);

    public IReadOnlyList<DocumentBlock> Blocks
    {
        get
        {
            FlushGrid();
            return _blocks;
        }
    }

    /// <summary>Adds source line <paramref name="lineNumber"/> (1-based).</summary>
    public void AddLine(string line, int lineNumber)
    {
        var clean = line.TrimEnd('\r', '\n');
        if (_rows.Count > 0 && clean.Trim().Length == 0)
        {
            _blankAfterRows = true; // ends the table, unless a page number follows and the table goes on after it
            return;
        }
        if (_rows.Count > 0 && PageFooter.IsPageNumber(clean))
        {
            _pageBreak = true; // page furniture inside a table: dropped, the table goes on
            return;
        }
        if (_blankAfterRows && !_pageBreak)
            FlushGrid();
        _blankAfterRows = _pageBreak = false;
        if (clean.Contains('\t'))
        {
            _rows.Add(new PendingRow(clean, lineNumber, Tabbed: true));
            return;
        }
        var fields = AlignedFields(clean, ambiguousWide: false).Count;
        // A space-aligned table keeps its short lines (header words, a wrapped label's first part) as rows of its own,
        // so their positions line up with its columns; an empty line ends it.
        if (fields >= 3 || (fields > 0 && _rows.Count > 0 && !_rows[^1].Tabbed))
        {
            _rows.Add(new PendingRow(clean, lineNumber, Tabbed: false));
            return;
        }
        FlushGrid();
        if (line.Trim().Length > 0)
            _blocks.Add(new TextBlock(line.Trim(), Locator.AtLine(lineNumber)));
    }

    /// <summary>Adds a block that did not come from plain lines (a heading, a pipe table), keeping reading
    /// order.</summary>
    public void AddBlock(DocumentBlock block)
    {
        FlushGrid();
        _blocks.Add(block);
    }

    /// <summary>The fields of a line split at runs of two or more spaces (or ideographic spaces), with their display
    /// columns.</summary>
    private static List<AlignedField> AlignedFields(string line, bool ambiguousWide)
    {
        var fields = new List<AlignedField>();
        var position = 0;
        foreach (var part in WideGap().Split(line))
        {
            var start = line.IndexOf(part, position, StringComparison.Ordinal);
            if (part.Trim().Length > 0)
            {
                var from = AlignedColumns.DisplayWidth(line.AsSpan(0, start), ambiguousWide);
                fields.Add(
                    new AlignedField(part.Trim(), from, from + AlignedColumns.DisplayWidth(part, ambiguousWide))
                );
            }
            position = start + part.Length;
        }
        return fields;
    }

    private void FlushGrid()
    {
        _blankAfterRows = _pageBreak = false;
        if (_rows.Count == 0)
            return;
        var rows = _rows.Any(r => r.Tabbed)
            ? _rows
                .Select(
                    (row, r) =>
                        (IReadOnlyList<GridCell>)
                            row
                                .Line.Split('\t')
                                .Select(
                                    (text, col) =>
                                        new GridCell(r, col, text.Trim(), Locator.AtLine(row.LineNumber))
                                        {
                                            Basis = ColumnBasis.Markup,
                                        }
                                )
                                .ToList()
                )
                .ToList()
            : SpaceAligned();
        _blocks.Add(new GridBlock(new Grid(rows)));
        _rows.Clear();
    }

    /// <summary>
    /// A space-aligned table laid out by position. Whoever aligned it counted quotes, ① and dashes one column wide or
    /// two (they are narrow in Western fonts, wide in CJK ones); both are tried, and the reading with the sharper
    /// columns (more of them, then wider gaps between them) is kept.
    /// </summary>
    private List<IReadOnlyList<GridCell>> SpaceAligned()
    {
        List<IReadOnlyList<AlignedField>> Fields(bool ambiguousWide) =>
            [.. _rows.Select(r => (IReadOnlyList<AlignedField>)AlignedFields(r.Line, ambiguousWide))];
        var fields = Fields(ambiguousWide: false);
        if (
            _rows.Any(r => r.Line.Any(AlignedColumns.IsAmbiguousWidth))
            && Fields(ambiguousWide: true) is var wide
            && AlignedColumns.Sharpness(wide).CompareTo(AlignedColumns.Sharpness(fields)) > 0
        )
            fields = wide;
        return AlignedColumns.Lay(fields.Select((f, i) => (f, Locator.AtLine(_rows[i].LineNumber))).ToList());
    }

    // Two or more spaces (or an ideographic space) separate the columns of a space-aligned table.
    [GeneratedRegex(@"(?: {2,}|\u3000+)")]
    private static partial Regex WideGap();
}
