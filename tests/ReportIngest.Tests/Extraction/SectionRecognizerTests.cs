using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Templates;

namespace ReportIngest.Tests.Extraction;

public class SectionRecognizerTests
{
    private static readonly string[][] ReviewTable =
    [
        ["四、政府信息公开行政复议、行政诉讼情况"],
        ["行政复议", "行政诉讼"],
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        ["0", "0", "0", "0", "0"],
    ];

    [Fact]
    public void A_grid_under_one_sections_heading_is_that_sections_table()
    {
        var sections = SectionRecognizer.GridSections(Grid(ReviewTable));

        Assert.Equal(TemplateSection.ReviewLitigation, sections[0]);
    }

    /// <summary>
    /// A text converted with its layout kept is lined up into one grid from section 三's table to section 四's: the
    /// grid's header words are every table's, so the grid is none of them (figures without a label in section 三 are
    /// not section 四's).
    /// </summary>
    [Fact]
    public void A_grid_holding_two_sections_headings_is_no_one_sections_table()
    {
        string[][] requests =
        [
            ["三、收到和处理政府信息公开申请情况"],
            ["申请人情况", "自然人", "总计"],
            ["2.其他法律行政法规"],
            ["0", "0", "0", "0", "0"],
            ["禁止公开"],
        ];

        var sections = SectionRecognizer.GridSections(Grid([.. requests, .. ReviewTable]));

        Assert.False(sections.ContainsKey(0));
    }

    private static List<ReportLine> Grid(string[][] rows) =>
        [
            .. rows.Select(
                (texts, row) =>
                    new ReportLine(
                        [
                            .. texts.Select(
                                (text, col) =>
                                    new GridCell(row, col, text, Locator.AtLine(row + 1))
                                    {
                                        Basis = ColumnBasis.Alignment,
                                    }
                            ),
                        ],
                        Locator.AtLine(row + 1),
                        IsGridRow: true,
                        GridIndex: 0
                    )
            ),
        ];
}
