using ReportIngest.Checking;
using ReportIngest.Checking.CrossYear;
using ReportIngest.Generator;
using ReportIngest.Ingestion;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Tests.Checking;

public class CrossYearTests
{
    [Theory]
    [InlineData("平潭综合实验区管理委员会", "平潭综合实验区管委会", AgencyMatch.Same)]
    [InlineData("淮安市人民政府办公室", "淮安市政府办", AgencyMatch.Same)]
    [InlineData("福建省平潭综合实验区管委会", "平潭综合实验区管委会", AgencyMatch.Uncertain)]
    [InlineData("某县交通运输局", "某县教育局", AgencyMatch.Different)]
    [InlineData("县政府", "某县政府", AgencyMatch.Different)]
    public void Agency_names_are_paired_across_their_printed_variants(string a, string b, AgencyMatch expected) =>
        Assert.Equal(expected, AgencyIdentity.Compare(a, b));

    /// <summary>Two consecutive reports of one agency from the generator; <paramref name="adjust"/> edits the later
    /// one's figures.</summary>
    private static (string Folder, TempFolder Scratch) TwoYears(
        TemplateVersion version,
        Action<SyntheticReport, SyntheticReport> adjust
    )
    {
        var factory = new ReportFactory(new Random(11));
        var before = factory.Create(version, large: true) with { Agency = "某市交通运输局", Year = 2022 };
        var after = factory.Create(version, large: true) with { Agency = "某市交通运输局", Year = 2023 };
        foreach (var column in before.Template.Table("s3")!.Columns)
            after["s3", "carried_in", column.Code] = before["s3", "carried_out", column.Code];
        adjust(before, after);
        var scratch = new TempFolder();
        var formatter = new CellFormatter(ThousandsSeparators: false);
        scratch.File("docs/2022.md", MarkdownRenderer.Render(before, formatter));
        scratch.File("docs/2023.md", MarkdownRenderer.Render(after, formatter));
        return (Path.Combine(scratch.Path, "docs"), scratch);
    }

    private static List<FindingRow> CrossYearFindings(string folder, string database)
    {
        using var connection = Database.Open(database);
        new IngestRunner(DocumentProcessor.Default, 1).Run([folder], connection);
        new DatabaseChecker(connection, ReportChecker.Default).Run();
        new DatabaseChecker(connection, ReportChecker.Default).Run(); // a second run replaces, never duplicates
        return new ReportQueries(connection).Findings().Where(f => f.Rule.StartsWith('X')).ToList();
    }

    [Fact]
    public void A_carry_over_that_does_not_match_is_found_in_the_very_column_and_names_both_reports()
    {
        var (folder, scratch) = TwoYears(TemplateVersion.Gov2021, (_, after) =>
            after["s3", "carried_in", "commercial"] = after["s3", "carried_in", "commercial"]!.Value + 2
        );
        using var _ = scratch;

        var finding = Assert.Single(CrossYearFindings(folder, Path.Combine(scratch.Path, "t.db")), f =>
            f.Rule == "X3-CARRY"
        );

        Assert.Equal(
            ("commercial", "warning", "filer", "2023.md", "2022.md"),
            (finding.Scope, finding.Severity, finding.AttributedTo, finding.Document, finding.OtherDocument)
        );
        Assert.Equal(2m, StoredValues.ToDecimal(finding.Delta));
        Assert.Equal("s3.carried_in.commercial;2022:s3.carried_out.commercial", finding.Cells);
    }

    [Fact]
    public void The_stock_of_documents_in_force_is_an_expected_relation_not_an_identity()
    {
        var (folder, scratch) = TwoYears(TemplateVersion.Gov2021, (before, after) =>
            after["s2_a20_1", "normative_doc", "in_force"] =
                before["s2_a20_1", "normative_doc", "in_force"]
                + after["s2_a20_1", "normative_doc", "issued"]
                - after["s2_a20_1", "normative_doc", "repealed"]
                + 5
        );
        using var _ = scratch;

        var findings = CrossYearFindings(folder, Path.Combine(scratch.Path, "t.db"));

        var stock = Assert.Single(findings, f => f.Rule == "X2-INFORCE21" && f.Scope == "normative_doc");
        Assert.Equal(("warning", 5m), (stock.Severity, StoredValues.ToDecimal(stock.Delta)));
        Assert.DoesNotContain(findings, f => f.Rule == "X3-CARRY");
        Assert.DoesNotContain(findings, f => f.Severity == "error");
    }

    [Fact]
    public void Across_the_2020_to_2021_change_of_form_section_two_is_noted_not_checked()
    {
        var factory = new ReportFactory(new Random(3));
        var before = factory.Create(TemplateVersion.Gov2019, large: true) with
        {
            Agency = "某市交通运输局",
            Year = 2020,
        };
        var after = factory.Create(TemplateVersion.Gov2021, large: true) with
        {
            Agency = "某市交通运输局",
            Year = 2021,
        };
        using var scratch = new TempFolder();
        var formatter = new CellFormatter(ThousandsSeparators: false);
        scratch.File("docs/2020.md", MarkdownRenderer.Render(before, formatter));
        scratch.File("docs/2021.md", MarkdownRenderer.Render(after, formatter));

        var findings = CrossYearFindings(Path.Combine(scratch.Path, "docs"), Path.Combine(scratch.Path, "t.db"));

        Assert.Contains(findings, f => f.Rule == "X-BOUNDARY" && f.Severity == "info");
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("X2", StringComparison.Ordinal));
    }
}
