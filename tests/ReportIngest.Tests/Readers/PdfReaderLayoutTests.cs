using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Generator;
using ReportIngest.Ingestion;
using ReportIngest.Text;

namespace ReportIngest.Tests.Readers;

/// <summary>
/// The smallest PDFs reproducing what the reader once lost in the generator's PDFs (found by scoring gen_13–gen_16
/// and a few thousand generated PDFs): each builds the few lines involved, in the generator's geometry (section 三:
/// labels to x = 312, seven columns of 30 pt; 宋体 9 pt, figures centred in their column), and asserts the cells the
/// report prints.
/// </summary>
public class PdfReaderLayoutTests
{
    private const double Size = 9;
    private const double LabelX = 192.5;
    private static readonly double[] Columns = [327, 357, 387, 417, 447, 477, 507];

    [Fact]
    public void A_blank_row_at_the_top_of_a_page_is_a_row_of_its_own()
    {
        var pdf = new PdfWriter();
        var page = Start(pdf);
        Ruled(
            page,
            680,
            ("一、本年新收政府信息公开申请数量", ["3", "0", "0", "0", "0", "0", "3"]),
            ("（一）予以公开", ["2", "0", "0", "0", "0", "0", "2"])
        );
        Ruled(
            pdf.AddPage(),
            737,
            ("（二）部分公开", ["", "", "", "", "", "", ""]),
            ("1.属于国家秘密", ["1", "0", "0", "0", "0", "0", "1"])
        );

        var facts = Facts(pdf);

        Assert.Equal([2m, 0, 0, 0, 0, 0, 2], Row(facts, "res_granted").Select(f => f.Value));
        Assert.All(Row(facts, "res_partial", expected: 7), f => Assert.Equal(CellStatus.Blank, f.Status));
    }

    [Fact]
    public void A_label_of_three_lines_in_a_table_without_rulings_keeps_its_figures()
    {
        var pdf = new PdfWriter();
        var page = Start(pdf);
        Line(
            page,
            672,
            [(80, "5.要求行政机关确认或重新出具已获取信息"), .. Figures("1", "0", "0", "0", "0", "0", "1")]
        );
        Line(page, 660, [(LabelX, "1.申请人无正当理由逾期不补")]);
        Line(page, 648, [(LabelX, "正、行政机关不再处理其政府"), .. Figures("4", "0", "0", "0", "0", "0", "4")]);
        Line(page, 636, [(LabelX, "信息公开申请")]);
        Line(page, 624, [(80, "2.申请人逾期未按收费通知要求缴纳费用"), .. Figures("2", "0", "0", "0", "0", "0", "2")]);

        Assert.Equal([4m, 0, 0, 0, 0, 0, 4], Row(Facts(pdf), "res_other_no_correction").Select(f => f.Value));
    }

    [Fact]
    public void A_row_of_placeholders_in_a_table_without_rulings_is_read()
    {
        var pdf = new PdfWriter();
        var page = Start(pdf);
        Line(page, 672, [(LabelX, "1.信访举报投诉类申请"), .. Figures("1", "0", "0", "0", "0", "0", "1")]);
        Line(page, 660, [(LabelX, "2.重复申请"), .. Figures("-", "-", "/", "无", "—", "-", "-")]);
        Line(page, 648, [(LabelX, "3.要求提供公开出版物"), .. Figures("2", "0", "0", "0", "0", "0", "2")]);

        Assert.All(Row(Facts(pdf), "res_declined_repeat", expected: 7), f =>
            Assert.Equal(CellStatus.Placeholder, f.Status)
        );
    }

    [Fact]
    public void Blank_cells_in_a_table_without_rulings_leave_the_other_figures_in_their_columns()
    {
        var pdf = new PdfWriter();
        var page = Start(pdf);
        Line(page, 660, [(80, "一、本年新收政府信息公开申请数量"), .. Figures("31", "5", "", "", "1", "2", "39")]);
        Line(page, 642, [(80, "二、上年结转政府信息公开申请数量"), .. Figures("1", "0", "0", "0", "0", "0", "1")]);

        var row = Row(Facts(pdf), "new_received", expected: 7);
        Assert.Equal([31m, 5, null, null, 1, 2, 39], row.Select(f => f.Value));
        Assert.Equal([CellStatus.Blank, CellStatus.Blank], row.Skip(2).Take(2).Select(f => f.Status));
    }

    [Fact]
    public void Two_digit_figures_in_fifteen_columns_without_rulings_are_fifteen_cells()
    {
        const double size = 10.5,
            pitch = 448.0 / 15;
        var pdf = new PdfWriter();
        var page = pdf.AddPage();
        page.Text(PdfFont.Title, 22, 120, 760, "某县人民政府2021年政府信息公开工作年度报告");
        page.Text(PdfFont.Heading, 16, 106, 700, "四、政府信息公开行政复议、行政诉讼情况");
        string[] figures = ["40", "11", "14", "13", "78", "8", "3", "4", "5", "20", "7", "2", "5", "5", "19"];
        for (var i = 0; i < figures.Length; i++)
            page.Text(
                PdfFont.Table,
                size,
                74 + (i + 0.5) * pitch - PdfWriter.Width(figures[i], size) / 2,
                660,
                figures[i]
            );

        var facts = Facts(pdf).Where(f => f.Table == "s4").ToList();
        Assert.Equal(figures.Select(decimal.Parse), facts.Select(f => f.Value ?? -1));
    }

    /// <summary>
    /// A row cut by a page break in columns one digit wide: 5.要求行政机关确认… | 1 | 1 | 0 … | 1 at a page's foot, the
    /// unnumbered rest of its label | 0 | | … | 1 heading the next page. Where the label runs to where its column wraps
    /// (as wide as the column's widest label) it goes on there: one row, 10 and 11. Where it ends short, the next
    /// page's line may be a row of its own: those figures are unreadable, never 1 or 0.
    /// </summary>
    [Theory]
    [InlineData("5.要求行政机关确认或重新", "出具已获取信息", true)]
    [InlineData("5.要求行政机关确认", "或重新出具已获取信息", false)]
    public void A_numbered_label_cut_where_its_column_wraps_goes_on_over_the_page_break(
        string foot,
        string head,
        bool joined
    )
    {
        var pdf = new PdfWriter();
        var page = Start(pdf);
        Line(page, 672, [(LabelX, "3.要求提供公开出版物"), .. Figures("2", "0", "0", "0", "0", "0", "2")]);
        Line(page, 660, [(LabelX, "4.无正当理由大量反复申请"), .. Figures("1", "0", "0", "0", "0", "0", "1")]);
        Line(page, 648, [(LabelX, foot), .. Figures("1", "1", "0", "0", "0", "0", "1")]);
        var next = pdf.AddPage();
        Line(next, 760, [(LabelX, head), .. Figures("0", "", "", "", "", "", "1")]);
        Line(next, 748, [(80, "（六）其他处理"), .. Figures("3", "0", "0", "0", "0", "0", "3")]);

        var row = Row(Facts(pdf), "res_declined_confirm_reissue");
        if (joined)
            Assert.Equal([10m, 1, 0, 0, 0, 0, 11], row.Select(f => f.Value));
        else
            Assert.Equal([CellStatus.Unreadable, CellStatus.Unreadable], new[] { row[0].Status, row[6].Status });
    }

    // ---------------------------------------------------------------- minimal documents

    private static List<Fact> Facts(PdfWriter pdf) =>
        [
            .. DocumentProcessor
                .Default.Process(new SourceDocument("gap.pdf", pdf.Build("gap", new DateOnly(2022, 1, 20))))
                .Report.Facts,
        ];

    /// <summary>The facts of one section 三 row in column order (natural_person … total).</summary>
    private static List<Fact> Row(List<Fact> facts, string row, int expected = 7)
    {
        var cells = facts.Where(f => f.Table == "s3" && f.Row == row).ToList();
        Assert.True(cells.Count == expected, $"{row}: {cells.Count} cell(s) read, {expected} expected");
        string[] order =
        [
            "natural_person",
            "commercial",
            "research",
            "public_welfare",
            "legal_service",
            "other_org",
            "total",
        ];
        return [.. cells.OrderBy(f => Array.IndexOf(order, f.Col))];
    }

    /// <summary>A page with a report title and the section 三 heading.</summary>
    private static PdfCanvas Start(PdfWriter pdf)
    {
        var page = pdf.AddPage();
        page.Text(PdfFont.Title, 22, 120, 760, "某县人民政府2021年政府信息公开工作年度报告");
        page.Text(PdfFont.Heading, 16, 106, 700, "三、收到和处理政府信息公开申请情况");
        return page;
    }

    /// <summary>Pieces of text on one baseline (a line of a table without rulings).</summary>
    private static void Line(PdfCanvas page, double baseline, (double X, string Text)[] pieces)
    {
        foreach (var (x, text) in pieces)
            page.Text(PdfFont.Table, Size, x, baseline, text);
    }

    /// <summary>Figures centred in the seven value columns; a blank figure prints nothing.</summary>
    private static (double X, string Text)[] Figures(params string[] values) =>
        [.. values.Select((v, i) => (Columns[i] - PdfWriter.Width(v, Size) / 2, v)).Where(p => p.v.Length > 0)];

    /// <summary>A ruled table (stroked lines) of rows 18 pt high: the label over the three label columns, then the
    /// seven figures.</summary>
    private static void Ruled(PdfCanvas page, double top, params (string Label, string[] Figures)[] rows)
    {
        double[] xs = [74, 312, 342, 372, 402, 432, 462, 492, 522];
        for (var r = 0; r <= rows.Length; r++)
            page.Line(74, top - 18 * r, 522, top - 18 * r, 0.5);
        foreach (var x in xs)
            page.Line(x, top, x, top - 18 * rows.Length, 0.5);
        for (var r = 0; r < rows.Length; r++)
        {
            var baseline = top - 18 * r - 9 - 0.35 * Size;
            page.Text(PdfFont.Table, Size, 76.5, baseline, rows[r].Label);
            for (var c = 0; c < rows[r].Figures.Length; c++)
                page.Text(
                    PdfFont.Table,
                    Size,
                    xs[c + 1] + 15 - PdfWriter.Width(rows[r].Figures[c], Size) / 2,
                    baseline,
                    rows[r].Figures[c]
                );
        }
    }
}
