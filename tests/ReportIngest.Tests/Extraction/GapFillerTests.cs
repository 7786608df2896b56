using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Tests.Extraction;

public class GapFillerTests
{
    private const string Header =
        "# 某市统计局2019年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n第二十条第（五）项\n\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n";

    [Fact]
    public void An_unlabeled_row_standing_exactly_where_one_row_is_missing_is_placed_and_reported()
    {
        var report = Extract.From(Header + "| 行政许可 | 1 | 2 | 3 |\n| 4 | 5 | 6 |\n");
        Assert.Equal(6m, report.Fact("s2_a20_5.other_mgmt_service.decisions").Value);
        var issue = Assert.Single(report.Issues, i =>
            i.Scope == "other_mgmt_service" && i.Severity == Severity.Warning
        );
        Assert.Equal(Attribution.Parser, issue.AttributedTo);
        Assert.Contains("s2_a20_5.other_mgmt_service.decisions", issue.Cells);
    }

    [Fact]
    public void Unlabeled_rows_that_do_not_fit_the_gap_exactly_are_never_placed()
    {
        var report = Extract.From(Header + "| 4 | 5 | 6 |\n| 7 | 8 | 9 |\n| 行政许可 | 1 | 2 | 3 |\n");
        Assert.DoesNotContain(report.Facts, f => f.Row == "other_mgmt_service");
        Assert.DoesNotContain(report.Facts, f => f.Value is 4m or 7m);
        Assert.Equal(2, report.Issues.Count(i => i.Scope == "unlabeled_row"));
        Assert.Equal(CellStatus.Value, report.Fact("s2_a20_5.admin_license.items_prev_year").Status);
        Assert.Equal(TemplateVersion.Gov2019, report.TableVersions["s2_a20_5"]);
    }
}
