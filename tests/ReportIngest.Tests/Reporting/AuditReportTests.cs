using AngleSharp.Html.Parser;
using ReportIngest.Ingestion;
using ReportIngest.Reporting;
using ReportIngest.Storage;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Reporting;

public class AuditReportTests(ITestOutputHelper output)
{
    private static string Render(params string[] inputs)
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "r.db"));
        new IngestRunner(DocumentProcessor.Default, 2).Run(inputs, connection);
        new ReportIngest.Ingestion.DatabaseChecker(connection, ReportIngest.Checking.ReportChecker.Default).Run();
        return new AuditReport(connection).Render();
    }

    [Fact]
    public void The_report_is_self_contained_and_marks_the_cells_of_each_finding()
    {
        var html = Render(TestPaths.Corpus);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("link, script[src], img, iframe, object, embed"));
        Assert.DoesNotContain(document.QuerySelectorAll("[style]"), e =>
            e.GetAttribute("style")!.Contains("url(", StringComparison.Ordinal)
        );
        Assert.Equal(2, document.QuerySelectorAll("figure svg").Length);
        // gen_05 (generated with one fault) has exactly the filer errors its truth lists; each of their cells is
        // highlighted in its table
        var truth = System.Text.Json.JsonDocument.Parse(
            File.ReadAllText(Path.Combine(TestPaths.Corpus, "generated", "gen_05_gov2021_fault.md.truth.json"))
        );
        var errorRules = truth
            .RootElement.GetProperty("findings")
            .EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => f.GetProperty("rule").GetString())
            .ToList();
        var section = document
            .QuerySelectorAll("section.report")
            .Single(s => s.TextContent.Contains("gen_05_gov2021_fault.md", StringComparison.Ordinal));
        var errors = section.QuerySelectorAll(".finding.error").ToList();
        Assert.Equal(errorRules.Count, errors.Count);
        Assert.NotEmpty(section.QuerySelectorAll("td.flagged.error"));
        foreach (
            var cell in errors.SelectMany(e => e.QuerySelectorAll(".cells code:first-child")).Select(c => c.TextContent)
        )
            Assert.NotNull(section.QuerySelector($"td.flagged[data-key=\"{cell}\"]"));
    }

    [Theory]
    [InlineData("gen_13_gov2019_stroked_fault.pdf", "a cell between the lines ruled on the page")]
    [InlineData("gen_15_gov2021_stream_clean.pdf", "its column told by where it stands on the page")]
    [InlineData("gen_05_gov2021_fault.md", "a cell of the source's own table")]
    public void Every_figure_shown_says_how_its_column_was_decided(string name, string said)
    {
        var html = Render(Path.Combine(TestPaths.Corpus, "generated", name));
        var values = new HtmlParser()
            .ParseDocument(html)
            .QuerySelectorAll("section.report td.value")
            .Select(td => td.GetAttribute("title")!)
            .ToList();

        Assert.NotEmpty(values);
        Assert.All(values, title => Assert.EndsWith(said, title, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_from_documents_cannot_inject_markup_or_script()
    {
        using var folder = new TempFolder();
        using var connection = Database.Open(Path.Combine(folder.Path, "r.db"));
        new IngestRunner(DocumentProcessor.Default, 1).Run(
            [Path.Combine(TestPaths.Corpus, "generated", "gen_05_gov2021_fault.md")],
            connection
        );
        const string hostile = "\"><img src=x onerror=alert(1)>";
        // what a hostile document could put in a cell's raw text and locator, and in its own URL (a page's meta Url)
        Dapper.SqlMapper.Execute(
            connection,
            "UPDATE facts SET raw = @hostile, locator = @hostile WHERE table_code = 's4'",
            new { hostile }
        );
        Dapper.SqlMapper.Execute(connection, "UPDATE documents SET source_url = 'javascript:alert(1)'");

        var document = new HtmlParser().ParseDocument(new AuditReport(connection).Render());

        Assert.Contains(document.QuerySelectorAll("td[data-key^='s4.']"), td =>
            td.GetAttribute("title")!.Contains(hostile, StringComparison.Ordinal)
        ); // kept, as text
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("a[href^='javascript']"));
        Assert.Contains("source javascript:alert(1)", document.Body!.TextContent);
        Assert.Single(document.QuerySelectorAll("script")); // the report's own
    }

    [SkippableFact]
    public void The_report_of_the_real_documents_opens_in_Chromium_without_errors_and_highlights_the_filing_errors()
    {
        var real = TestPaths.RequireShared("real");
        Chromium.Require();
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "audit.html");
        File.WriteAllText(file, Render(real));

        var (dom, log) = Chromium.Run(file, "--virtual-time-budget=5000", "--dump-dom");

        var document = new HtmlParser().ParseDocument(dom);
        Assert.Equal("1", document.Body!.GetAttribute("data-ready")); // the script ran to its end
        Assert.Null(document.Body.GetAttribute("data-errors"));
        Assert.DoesNotContain(log.Split('\n'), line =>
            line.Contains("CONSOLE", StringComparison.Ordinal)
            && (line.Contains("Error", StringComparison.Ordinal) || line.Contains("Uncaught", StringComparison.Ordinal))
        );
        // 002 (Hongze 2023) prints section 四's totals as 0 although cases are listed: R4-SUM errors, their cells
        // highlighted
        var hongze = document
            .QuerySelectorAll("section.report")
            .Single(s => s.TextContent.Contains("002_huaian_hongzequ_2023.pdf", StringComparison.Ordinal));
        Assert.Equal(
            "flagged error",
            string.Join(
                ' ',
                hongze
                    .QuerySelector("td[data-key=\"s4.cases.review_total\"]")!
                    .ClassList.Where(c => c is "flagged" or "error")
            )
        );
        Assert.Equal(
            "filter: rule, report, scope, text…",
            document.QuerySelector("#filter")!.GetAttribute("placeholder")
        );
        Assert.Matches(@"^\d+ of \d+ shown$", document.QuerySelector("#shown")!.TextContent);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "audit-report.png");
        Chromium.Run(file, "--hide-scrollbars", "--window-size=1400,2400", $"--screenshot={screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        output.WriteLine($"screenshot of the audit report: {screenshot}");
    }
}
