using ReportIngest.Documents;
using ReportIngest.Extraction;

namespace ReportIngest.Tests.Extraction;

public class RowPartsTests
{
    private static List<GridCell> Row(params string[] texts) =>
        [
            .. texts.Select(
                (text, col) => new GridCell(0, col, text, Locator.Parse($"p4:{col}")) { Basis = ColumnBasis.Rulings }
            ),
        ];

    [Fact]
    public void Figures_a_reader_kept_apart_in_one_cell_are_a_value_cell_not_the_end_of_the_label()
    {
        // 91 wrapped in a narrow ruled cell as ９ over １, ahead of the row's other figures (a browser's print)
        var parts = RowParts.Split(
            Row(
                "三、本年度办理结果",
                "（四）无法提供",
                "3.补正后申请内容仍不明确",
                "９ | １",
                "６",
                "０",
                "１",
                "２",
                "１",
                "１０１"
            )
        );

        Assert.Equal("3.补正后申请内容仍不明确", parts.Leaf);
        Assert.Equal(["９ | １", "６", "０", "１", "２", "１", "１０１"], parts.ValueCells.Select(c => c.Text));
    }

    [Fact]
    public void Text_after_the_label_that_is_no_figure_stays_in_the_label()
    {
        var parts = RowParts.Split(Row("（三）不予公开", "1.属于国家秘密", "3", "0"));

        Assert.Equal(["（三）不予公开", "1.属于国家秘密"], parts.LabelCells.Select(c => c.Text));
        Assert.Equal(["3", "0"], parts.ValueCells.Select(c => c.Text));
    }
}
