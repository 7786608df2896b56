using ReportIngest.Templates;

namespace ReportIngest.Tests.Templates;

public class TemplateDefinitionTests
{
    [Theory]
    [InlineData(TemplateVersion.Gov2019, 22, 161, 15)]
    [InlineData(TemplateVersion.Gov2021, 10, 175, 15)]
    public void Cell_counts_match_template_md(TemplateVersion version, int section2, int section3, int section4)
    {
        var template = TemplateCatalog.Get(version);
        Assert.Equal(section2, template.Tables.Where(t => t.Code.StartsWith("s2_")).Sum(t => t.CellCount));
        Assert.Equal(section3, template.Table("s3")!.CellCount);
        Assert.Equal(section4, template.Table("s4")!.CellCount);
    }

    [Fact]
    public void Only_2019_has_the_procurement_table_and_a_single_other_row()
    {
        Assert.NotNull(Gov2019.Definition.Table("s2_a20_9"));
        Assert.Null(Gov2021.Definition.Table("s2_a20_9"));
        Assert.NotNull(Gov2019.Definition.Table("s3")!.Row("res_other"));
        Assert.Null(Gov2021.Definition.Table("s3")!.Row("res_other"));
        Assert.NotNull(Gov2021.Definition.Table("s3")!.Row("res_other_fee_unpaid"));
    }

    [Theory]
    [InlineData(TemplateVersion.Gov2019, 19)] // 予以公开, 部分公开, 8 不予公开, 3 无法提供, 5 不予处理, 其他处理
    [InlineData(TemplateVersion.Gov2021, 21)] // the same with 其他处理 split in three
    public void Results_total_sums_every_leaf_row(TemplateVersion version, int leaves)
    {
        var relation = TemplateCatalog.Get(version).Relations.Single(r => r.RuleId == "R3-RES");
        Assert.Equal(7, relation.Instances.Count);
        Assert.All(relation.Instances, i => Assert.Equal(leaves, i.Right.Count));
    }

    [Fact]
    public void Every_relation_names_only_cells_of_its_template_or_extra_columns_it_requires_printed()
    {
        foreach (var template in TemplateCatalog.All)
        {
            var keys = template.Tables.SelectMany(t => t.CellKeys()).ToHashSet();
            foreach (var instance in template.Relations.SelectMany(r => r.Instances))
                Assert.All(instance.Left.Concat(instance.Right), k =>
                    Assert.True(keys.Contains(k) || instance.PrintedOnly.Contains(k), k)
                );
        }
    }

    [Fact]
    public void The_subtotal_column_is_an_extra_of_section_three_checked_only_where_printed()
    {
        foreach (var template in TemplateCatalog.All)
        {
            var s3 = template.Table("s3")!;
            Assert.True(s3.IsExtraColumn("org_subtotal"));
            Assert.DoesNotContain(s3.CellKeys(), k => k.EndsWith(".org_subtotal"));
            var subtotal = template.Relations.Single(r => r.RuleId == "R3-SUBTOTAL");
            Assert.Equal(s3.Rows.Count, subtotal.Instances.Count);
            Assert.All(subtotal.Instances, i => Assert.Equal([$"s3.{i.Scope}.org_subtotal"], i.PrintedOnly));
            Assert.All(subtotal.Instances, i => Assert.Equal(5, i.Right.Count));
        }
    }

    [Fact]
    public void Balance_review_and_row_relations_have_their_scopes()
    {
        var relations = Gov2021.Definition.Relations.ToDictionary(r => r.RuleId);
        Assert.Equal(
            ["natural_person", "commercial", "research", "public_welfare", "legal_service", "other_org", "total"],
            relations["R3-BAL"].Instances.Select(i => i.Scope)
        );
        Assert.Equal(25, relations["R3-ROW"].Instances.Count);
        Assert.Equal(
            ["review", "suit_direct", "suit_after_review"],
            relations["R4-SUM"].Instances.Select(i => i.Scope)
        );
        Assert.Equal(23, Gov2019.Definition.Relations.Single(r => r.RuleId == "R3-ROW").Instances.Count);
    }
}
