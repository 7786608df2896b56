using ReportIngest.Documents;
using ReportIngest.Extraction;

namespace ReportIngest.Tests.Extraction;

public class ValueAlignerTests
{
    private static readonly string[] Columns = ["a", "b", "c"];

    private static List<GridCell> Cells(params string[] texts) =>
        texts.Select((t, i) => new GridCell(0, i + 1, t, Locator.AtLine(1)) { Basis = ColumnBasis.Markup }).ToList();

    [Fact]
    public void One_cell_per_column_maps_in_order_blanks_included()
    {
        var row = ValueAligner.Align(Cells("1", "", "3"), Columns, null);
        Assert.Null(row.Problem);
        Assert.Equal(["1", "", "3"], Columns.Select(c => row.Cells[c]!.Text));
    }

    [Fact]
    public void Layout_blanks_are_dropped_when_exactly_one_value_per_column_remains()
    {
        var row = ValueAligner.Align(Cells("", "1", "2", "3", ""), Columns, null);
        Assert.Equal(["1", "2", "3"], Columns.Select(c => row.Cells[c]!.Text));
    }

    [Fact]
    public void Blanks_are_not_taken_for_layout_where_another_row_of_the_grid_prints_a_figure_more_than_the_columns()
    {
        // 1 2 3 then a blank: the blank may be the last column, and 3 an extra column's figure
        var row = ValueAligner.Align(Cells("1", "2", "3", ""), Columns, null, widestInGrid: 4);
        Assert.True(row.CellsUncertain);
        Assert.All(Columns, c => Assert.Null(row.Cells[c]));
    }

    [Fact]
    public void Too_few_values_are_never_shifted_into_place()
    {
        var row = ValueAligner.Align(Cells("", "1", "", "", "2"), Columns, null);
        Assert.True(row.CellsUncertain);
        Assert.All(Columns, c => Assert.Null(row.Cells[c]));
        Assert.Contains("2 values for 3 cells", row.Problem);
    }

    [Fact]
    public void Header_positions_place_blank_cells()
    {
        var header = new Dictionary<string, ColumnSpan>
        {
            ["a"] = new(1, 1),
            ["b"] = new(2, 2),
            ["c"] = new(3, 3),
        };
        var row = ValueAligner.Align(Cells("7", "", "", ""), Columns, header);
        Assert.Equal("7", row.Cells["a"]!.Text);
        Assert.Equal("", row.Cells["b"]!.Text);
        Assert.Equal("", row.Cells["c"]!.Text);
    }

    [Fact]
    public void Surplus_values_that_disagree_between_alignments_are_not_assigned()
    {
        var row = ValueAligner.Align(Cells("1", "2", "3", "4"), Columns, null);
        Assert.True(row.CellsUncertain);
        Assert.All(Columns, c => Assert.Null(row.Cells[c]));
    }
}
