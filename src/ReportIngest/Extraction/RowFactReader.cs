using ReportIngest.Documents;
using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Reads one observed row of a template table into facts: picks the columns the row fills (for section 四, the
/// group(s) it prints), adds the extra columns its header names, aligns its values with them, turns each cell into a
/// fact and reports what does not fit (a row printed twice, values it cannot place).
/// </summary>
internal static class RowFactReader
{
    /// <summary>Adds the facts of one observed row of <paramref name="row"/> to <paramref name="facts"/>, and what does
    /// not fit to <paramref name="issues"/>.</summary>
    internal static void Read(
        TableDefinition table,
        RowDefinition row,
        Func<int?, IReadOnlyList<string>, IReadOnlyDictionary<string, ColumnSpan>?> headerOf,
        Func<int?, IReadOnlyList<GridCell>> headerCellsOf,
        Func<int?, int> widestOf,
        ObservedRow observed,
        HashSet<string> seen,
        List<Fact> facts,
        List<StructuralIssue> issues
    )
    {
        var columns = ColumnsFor(table, observed, headerCellsOf(observed.GridIndex));
        if (columns is null)
        {
            issues.Add(
                StructuralIssue.Warning(
                    table.Code,
                    row.Code,
                    $"{observed.Parts.NonBlankCount} values printed without saying which section 四 group they belong to; not assigned",
                    observed.Locator
                )
            );
            return;
        }

        var header = headerOf(observed.GridIndex, columns);
        // Extra columns the header names (法人或其他组织小计) are read too, in the order the header prints them.
        if (header is not null && header.Keys.Any(table.IsExtraColumn))
            columns = [.. columns.Concat(header.Keys.Where(table.IsExtraColumn)).OrderBy(c => header[c].First)];
        else if (
            header is null
            && HeaderColumns.OrderWithExtras(
                table.Columns.Where(c => columns.Contains(c.Code)).ToList(),
                headerCellsOf(observed.GridIndex),
                table.ExtraColumns
            )
                is { } withExtras
        )
            columns = withExtras;
        var aligned =
            observed.Parts.NonBlankCount == 0 && !observed.Parts.ValueCells.Any(c => c.Doubtful)
                // a row printed with nothing in it: every cell blank
                ? Blank(observed.Parts.ValueCells, columns, observed.Locator)
                : ValueAligner.Align(observed.Parts.ValueCells, columns, header, widestOf(observed.GridIndex));
        var keys = columns.Select(c => CellKey.Of(table.Code, row.Code, c)).ToArray();
        if (keys.Any(k => !seen.Add(k)))
        {
            issues.Add(
                StructuralIssue.Warning(
                    table.Code,
                    row.Code,
                    $"row \"{row.Label}\" is printed more than once; the first is kept",
                    observed.Locator,
                    keys
                )
            );
            return;
        }
        if (aligned.Problem is not null)
            issues.Add(
                StructuralIssue.Warning(
                    table.Code,
                    row.Code,
                    $"row \"{row.Label}\": {aligned.Problem}",
                    observed.Locator,
                    keys,
                    attributedTo: aligned.CellsUncertain ? Attribution.Parser : Attribution.Unknown
                )
            );

        foreach (var code in columns)
        {
            var column = table.Column(code)!;
            facts.Add(
                aligned.Cells[code] is { } cell
                    ? ToFact(table.Code, row.Code, column, cell)
                    : new Fact(
                        table.Code,
                        row.Code,
                        code,
                        null,
                        "",
                        CellStatus.Unreadable,
                        null,
                        observed.Locator,
                        null
                    )
            );
        }
    }

    /// <summary>Every column blank: the row prints nothing (a label and empty cells, or the label alone).</summary>
    private static AlignedRow Blank(IReadOnlyList<GridCell> values, IReadOnlyList<string> columns, Locator locator)
    {
        var blank =
            values.Count > 0
                ? values[0] with
                {
                    Text = "",
                }
                // a label line that prints no figure
                : new GridCell(0, 0, "", locator) { Basis = ColumnBasis.Sequence };
        return new AlignedRow(columns.ToDictionary(c => c, _ => (GridCell?)blank), null, false);
    }

    private static Fact ToFact(string table, string row, ColumnDefinition column, GridCell cell)
    {
        if (cell.Doubtful)
            return new Fact(
                table,
                row,
                column.Code,
                null,
                cell.Text.Trim(),
                CellStatus.Unreadable,
                null,
                cell.Locator,
                cell.Basis
            );
        var reading = CellValueParser.Parse(cell.Text);
        var unit = reading.Unit ?? column.Unit;
        return new Fact(
            table,
            row,
            column.Code,
            reading.Value,
            cell.Text.Trim(),
            reading.Status,
            reading.Status == CellStatus.Value ? unit : null,
            cell.Locator,
            cell.Basis
        );
    }

    /// <summary>
    /// The columns a row fills: all of them, or the section 四 group(s) the document prints separately, as the grid's
    /// header or a heading before it names them.
    /// </summary>
    private static IReadOnlyList<string>? ColumnsFor(
        TableDefinition table,
        ObservedRow observed,
        IReadOnlyList<GridCell> headerCells
    )
    {
        var all = table.Columns.Select(c => c.Code).ToList();
        if (table.Code != "s4")
            return all;
        var count = observed.Parts.NonBlankCount;
        var group = observed.ColumnGroup ?? SectionRecognizer.ReviewGroupOfHeader(HeaderColumns.Texts(headerCells));
        return group switch
        {
            null => all,
            // a value for every column: the row is the whole table, whatever group was last named
            _ when count == all.Count => all,
            "suit" when count <= 10 =>
            [
                .. SharedParts.GroupColumns("suit_direct"),
                .. SharedParts.GroupColumns("suit_after_review"),
            ],
            // ten figures under one kind of suit named (直接起诉 read from a header line that names both): the whole of
            // 行政诉讼
            "suit_direct" or "suit_after_review" when count == 10 =>
            [
                .. SharedParts.GroupColumns("suit_direct"),
                .. SharedParts.GroupColumns("suit_after_review"),
            ],
            "suit" => null,
            var named when count <= 5 => SharedParts.GroupColumns(named).ToList(),
            _ => all,
        };
    }
}
