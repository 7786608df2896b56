using ReportIngest.Evidence;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Tests.Extraction;

public class ExtractionTests
{
    private const string Title =
        "# 某市统计局2021年政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n\n";

    [Fact]
    public void Maps_rows_by_label_and_keeps_raw_text_and_locator()
    {
        var doc =
            Title
            + "## 三、收到和处理政府信息公开申请情况\n\n"
            + Extract.RequestsTable(TemplateVersion.Gov2021, row => row switch
                {
                    "new_received" => "3 | 0 | 0 | 0 | 0 | 0 | 3",
                    "res_granted" or "res_total" => "2 | 0 | 0 | 0 | 0 | 0 | 2",
                    "carried_out" => "1 | 0 | 0 | 0 | 0 | 0 | 1",
                    _ => "0 | 0 | 0 | 0 | 0 | 0 | 0",
                });
        var report = Extract.From(doc);

        Assert.Equal(TemplateVersion.Gov2021, report.TableVersions["s3"]);
        Assert.Equal(175, report.Facts.Count(f => f.Table == "s3"));
        var fact = report.Fact("s3.new_received.natural_person");
        Assert.Equal(3m, fact.Value);
        Assert.Equal("3", fact.Raw);
        Assert.Equal(CellStatus.Value, fact.Status);
        Assert.Equal("L9", fact.Locator.Text); // the first data row, after the header and delimiter rows
    }

    [Fact]
    public void A_row_whose_label_matches_nothing_is_reported_and_not_absorbed()
    {
        var doc =
            Title
            + """
                ## 二、主动公开政府信息情况

                第二十条第（一）项

                | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                |---|---|---|---|
                | 规章 | 1 | 0 | 5 |
                | 其他主动公开文件 | 7 | 7 | 7 |
                | 行政规范性文件 | 2 | 1 | 9 |
                """;
        var report = Extract.From(doc);

        Assert.Equal(9m, report.Fact("s2_a20_1.normative_doc.in_force").Value);
        Assert.Equal(5m, report.Fact("s2_a20_1.regulation.in_force").Value);
        Assert.DoesNotContain(report.Facts, f => f.Value == 7m);
        Assert.Contains(report.Issues, i => i.Scope == "unmatched_row" && i.Message.Contains("其他主动公开文件"));
    }

    [Fact]
    public void Blank_cells_stay_blank_when_the_header_places_them()
    {
        var doc =
            Title
            + "## 三、收到和处理政府信息公开申请情况\n\n"
            + "一、本年新收政府信息公开申请数量\t\t5\t\t\t\t\t\t5\n";
        // Without a header to place them, 2 values for 7 cells are left unreadable, never shifted.
        var report = Extract.From(doc);
        Assert.All(report.Facts.Where(f => f.Row == "new_received"), f =>
            Assert.Equal(CellStatus.Unreadable, f.Status)
        );
        Assert.Contains(report.Issues, i => i.Scope == "new_received" && i.Message.Contains("2 values for 7 cells"));

        var withHeaderFirst =
            Title
            + "## 三、收到和处理政府信息公开申请情况\n\n"
            + "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
            + "一、本年新收政府信息公开申请数量\t\t5\t\t\t\t\t\t5\n";
        var aligned = Extract.From(withHeaderFirst);
        Assert.Equal(5m, aligned.Fact("s3.new_received.natural_person").Value);
        Assert.Equal(CellStatus.Blank, aligned.Fact("s3.new_received.commercial").Status);
        Assert.Null(aligned.Fact("s3.new_received.commercial").Value);
        Assert.Equal(5m, aligned.Fact("s3.new_received.total").Value);
    }

    [Fact]
    public void Detects_versions_per_table_so_reports_may_mix_them()
    {
        var doc =
            Title
            + """
                ## 二、主动公开政府信息情况

                第二十条第（五）项

                | 信息内容 | 本年处理决定数量 |
                |---|---|
                | 行政许可 | 12 |

                ## 三、收到和处理政府信息公开申请情况

                """
            + "\n"
            + Extract.RequestsTable(TemplateVersion.Gov2019, _ => "0 | 0 | 0 | 0 | 0 | 0 | 0");
        var report = Extract.From(doc);

        Assert.Equal(TemplateVersion.Gov2021, report.TableVersions["s2_a20_5"]);
        Assert.Equal(TemplateVersion.Gov2019, report.TableVersions["s3"]);
        Assert.Equal(12m, report.Fact("s2_a20_5.admin_license.decisions").Value);
        Assert.Equal(0m, report.Fact("s3.res_other.total").Value);
        Assert.Equal("gov2021", report.TemplateCode);
    }

    [Fact]
    public void Reads_label_and_number_lines_of_a_text_dump_but_not_prose()
    {
        var doc = """
            2024年某区科委政府信息公开工作年度报告
            一、主动公开政府信息情况
            第二十条第（五）项
            信息内容本年处理决定数量
            行政许可 97
            全年收到申请 34 件
            第二十条第（六）项
            信息内容本年处理决定数量
            行政处罚 0
            行政强制 3
            """;
        var report = Extract.From(doc, "dump.txt");
        Assert.Equal(97m, report.Fact("s2_a20_5.admin_license.decisions").Value);
        Assert.Equal(3m, report.Fact("s2_a20_6.admin_coercion.decisions").Value);
        Assert.Equal(TemplateVersion.Gov2021, report.TableVersions["s2_a20_6"]);
        Assert.Equal("L5", report.Fact("s2_a20_5.admin_license.decisions").Locator.Text);
    }

    [Fact]
    public void Surplus_values_that_every_alignment_reads_alike_are_kept_and_reported()
    {
        var doc =
            Title
            + "## 四、政府信息公开行政复议、行政诉讼情况\n\n"
            + string.Join('\t', Enumerable.Repeat("0", 16))
            + "\n";
        var report = Extract.From(doc);
        Assert.Equal(15, report.Facts.Count(f => f.Table == "s4" && f.Status == CellStatus.Value));
        var issue = Assert.Single(report.Issues, i => i.Table == "s4" && i.Severity == Severity.Warning);
        Assert.Contains("16 values for 15 cells", issue.Message);
        Assert.NotEqual(Attribution.Filer, issue.AttributedTo);
    }

    [Fact]
    public void Section_four_groups_printed_as_separate_tables_are_assigned_by_their_headings()
    {
        var doc =
            Title
            + """
                ## 四、政府信息公开行政复议、行政诉讼情况

                ### 行政复议
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                |---|---|---|---|---|
                | 27 | 10 | 9 | 15 | 61 |

                ### 行政诉讼（未经复议直接起诉）
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                |---|---|---|---|---|
                | 3 | 0 | 0 | 0 | 3 |

                ### 行政诉讼（复议后起诉）
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                |---|---|---|---|---|
                | 8 | 0 | 1 | 1 | 10 |
                """;
        var report = Extract.From(doc);
        Assert.Equal(61m, report.Fact("s4.cases.review_total").Value);
        Assert.Equal(3m, report.Fact("s4.cases.suit_direct_upheld").Value);
        Assert.Equal(1m, report.Fact("s4.cases.suit_after_review_pending").Value);
        Assert.Equal(15, report.Facts.Count(f => f.Table == "s4"));
    }

    [Fact]
    public void Reads_metadata_from_title_and_preamble()
    {
        var report = Extract.From(
            "# 台州市机关事务管理局\n\n## 2019 年度政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自 2019 年 1 月 1 日至 2019 年 12 月 31 日止。\n\n台州市机关事务管理局\n\n2020 年 1 月 12 日\n"
        );
        Assert.Equal("台州市机关事务管理局", report.Metadata.Agency);
        Assert.Equal(2019, report.Metadata.ReportYear);
        Assert.Equal("2019-01-01/2019-12-31", report.Metadata.StatPeriod);
        Assert.Equal("2020-01-12", report.Metadata.PublishedOn);
        Assert.True(report.Metadata.LooksLikeAnnualReport);
    }

    [Fact]
    public void A_report_without_template_tables_is_kept_as_text_with_its_status()
    {
        var report = Extract.From(
            "# 某县人民政府2016年政府信息公开工作年度报告\n\n一、概述\n\n本年度共受理申请12件。\n"
        );
        Assert.Empty(report.Facts);
        Assert.Equal("pre2019", report.TemplateCode);
        Assert.Equal("no_tables", report.ParseStatus);
        Assert.Contains("受理申请12件", report.Text);
    }
}
