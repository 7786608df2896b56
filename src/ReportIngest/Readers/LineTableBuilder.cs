using System.Text.RegularExpressions;
using ReportIngest.Documents;

namespace ReportIngest.Readers;

/// <summary>
/// Builds blocks from plain lines: consecutive lines whose cells are separated by tabs (or by runs of two or more
/// spaces) form one grid, one cell per field, empty fields kept so that column positions survive; every other
/// non-empty line is a text block. Locators are <c>L{line}</c>, 1-based.
/// </summary>
public sealed partial class LineTableBuilder
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly List<IReadOnlyList<GridCell>> _rows = [];

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
        var fields = SplitFields(line);
        if (fields is not null)
        {
            var locator = $"L{lineNumber}";
            _rows.Add(fields.Select((text, col) => new GridCell(_rows.Count, col, text.Trim(), locator)).ToList());
            return;
        }
        FlushGrid();
        if (line.Trim().Length > 0) _blocks.Add(new TextBlock(line.Trim(), $"L{lineNumber}"));
    }

    /// <summary>Adds a block that did not come from plain lines (a heading, a pipe table), keeping reading order.</summary>
    public void AddBlock(DocumentBlock block)
    {
        FlushGrid();
        _blocks.Add(block);
    }

    private static string[]? SplitFields(string line)
    {
        if (line.Contains('\t')) return line.TrimEnd('\r', '\n').Split('\t');
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return null;
        var fields = WideGap().Split(trimmed);
        return fields.Length >= 3 ? fields : null;
    }

    private void FlushGrid()
    {
        if (_rows.Count == 0) return;
        _blocks.Add(new GridBlock(new Grid(_rows.ToList())));
        _rows.Clear();
    }

    // Two or more spaces (or an ideographic space) separate the columns of a space-aligned table.
    [GeneratedRegex(@"(?: {2,}|\u3000+)")]
    private static partial Regex WideGap();
}
