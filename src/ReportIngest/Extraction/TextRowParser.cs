using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Reads a line of a text dump where a label and its numbers share the line (<c>行政许可 97</c>) as a row.
/// Only whole lines of label + numbers qualify; prose with numbers in it never does.
/// </summary>
public static partial class TextRowParser
{
    public static IReadOnlyList<GridCell>? TryParse(string line, Locator locator)
    {
        var tokens = Whitespace().Split(line.Trim()).Where(t => t.Length > 0).ToList();
        var firstValue = tokens.FindIndex(CellValueParser.IsValueOrPlaceholder);
        if (firstValue < 1)
            return null;
        if (
            tokens
                .Skip(firstValue)
                .Any(t => CellValueParser.Parse(t).Status is not (CellStatus.Value or CellStatus.Placeholder))
        )
            return null;

        var cells = new List<GridCell>
        {
            new(0, 0, string.Join(' ', tokens.Take(firstValue)), locator) { Basis = ColumnBasis.Sequence },
        };
        cells.AddRange(
            tokens
                .Skip(firstValue)
                .Select((t, i) => new GridCell(0, i + 1, t, locator) { Basis = ColumnBasis.Sequence })
        );
        return cells;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
