using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Assigns the value cells of a row to the template's columns, in this order of confidence:
/// exactly one cell per column; alignment under the header columns of the same grid; exactly one non-blank
/// value per column (blank cells being layout filler); a surplus of values that every possible alignment reads
/// the same. Anything else leaves the row's cells unreadable: values are never shifted by guesswork.
/// </summary>
public static class ValueAligner
{
    /// <param name="values">The row's value cells, left to right.</param>
    /// <param name="columns">The template columns the row fills, in order.</param>
    /// <param name="header">Where the grid's header places those columns, or null.</param>
    /// <param name="widestInGrid">
    /// The most figures any row of the same grid prints: when it is more than the columns (an extra column no header
    /// names), blank cells are not layout filler and a row's figures are not read off in order.
    /// </param>
    public static AlignedRow Align(
        IReadOnlyList<GridCell> values,
        IReadOnlyList<string> columns,
        IReadOnlyDictionary<string, ColumnSpan>? header,
        int widestInGrid = 0
    )
    {
        var expected = columns.Count;
        if (values.Count == expected)
            return InOrder(values, columns, null);

        var nonBlank = values.Where(v => CellValueParser.Parse(v.Text).Status != CellStatus.Blank).ToList();
        if (header is not null && TryHeader(values, columns, header, out var byHeader, out var outside))
        {
            var problem =
                outside > 0
                    ? $"{outside} value(s) outside every template column ({nonBlank.Count} values for {expected} cells)"
                    : null;
            return new AlignedRow(byHeader, problem, false);
        }

        if (nonBlank.Count == expected && widestInGrid <= expected)
            return InOrder(nonBlank, columns, null);

        if (nonBlank.Count > expected && AllAlignmentsAgree(nonBlank, expected))
            return InOrder(
                nonBlank.Take(expected).ToList(),
                columns,
                $"{nonBlank.Count} values for {expected} cells; every alignment reads the same values, so the cells are kept"
            );

        var unreadable = columns.ToDictionary(c => c, _ => (GridCell?)null);
        return new AlignedRow(
            unreadable,
            $"{nonBlank.Count} values for {expected} cells; the values cannot be assigned to columns with confidence",
            true
        );
    }

    private static AlignedRow InOrder(IReadOnlyList<GridCell> cells, IReadOnlyList<string> columns, string? problem) =>
        new(columns.Select((c, i) => (c, cells[i])).ToDictionary(x => x.c, x => (GridCell?)x.Item2), problem, false);

    private static bool TryHeader(
        IReadOnlyList<GridCell> values,
        IReadOnlyList<string> columns,
        IReadOnlyDictionary<string, ColumnSpan> header,
        out Dictionary<string, GridCell?> cells,
        out int outsideNonBlank
    )
    {
        cells = columns.ToDictionary(c => c, _ => (GridCell?)null);
        outsideNonBlank = 0;
        foreach (var value in values)
        {
            var blank = CellValueParser.Parse(value.Text).Status == CellStatus.Blank;
            var hits = columns
                .Where(c =>
                    header.TryGetValue(c, out var span) && span.Overlaps(value.Col, value.Col + value.ColSpan - 1)
                )
                .ToList();
            if (hits.Count == 0)
            {
                if (!blank)
                    outsideNonBlank++;
                continue;
            }
            if (hits.Count > 1)
                return false;
            if (cells[hits[0]] is { } taken)
            {
                if (blank)
                    continue;
                if (CellValueParser.Parse(taken.Text).Status != CellStatus.Blank)
                    return false;
            }
            cells[hits[0]] = value;
        }
        // Values outside every column are tolerated only at the end of the row (a surplus field), never in between.
        if (cells.Values.Any(c => c is null))
            return false;
        if (
            outsideNonBlank > 0
            && values
                .Where(v => CellValueParser.Parse(v.Text).Status != CellStatus.Blank)
                .Any(v =>
                    v.Col < header.Values.Max(s => s.First)
                    && !header.Values.Any(s => s.Overlaps(v.Col, v.Col + v.ColSpan - 1))
                )
        )
            return false;
        return true;
    }

    private static bool AllAlignmentsAgree(IReadOnlyList<GridCell> values, int expected)
    {
        var first = values.Take(expected).Select(v => CellValueParser.Parse(v.Text)).ToList();
        for (var offset = 1; offset + expected <= values.Count; offset++)
            if (!values.Skip(offset).Take(expected).Select(v => CellValueParser.Parse(v.Text)).SequenceEqual(first))
                return false;
        return true;
    }
}
