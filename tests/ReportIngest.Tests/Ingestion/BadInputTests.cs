using System.Text;
using Dapper;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;
using ReportIngest.Tests.Readers;

namespace ReportIngest.Tests.Ingestion;

/// <summary>Every bad input gets a specific one-line error naming the document; the run goes on and nothing partial is
/// stored for it.</summary>
public class BadInputTests
{
    private static readonly string GoodReport = SampleReports.ReviewLitigation(1, 0, 0, 0, 1);

    public static TheoryData<string, byte[], string> BadDocuments()
    {
        var utf8 = Encoding.UTF8.GetBytes(GoodReport);
        return new TheoryData<string, byte[], string>
        {
            { "empty.md", [], "empty document" },
            { "garbage.bin", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray(), "binary data" },
            { "truncated.md", utf8[..(Encoding.UTF8.GetByteCount("# 某市统") + 1)], "truncated document" },
            {
                "latin1.txt",
                Encoding.Latin1.GetBytes("Rapport annuel: données brutes à vérifier, élément été réglé"),
                "unknown text encoding"
            },
        };
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void A_bad_document_fails_alone_with_a_specific_reason(string name, byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        folder.File("docs/a-good.md", GoodReport);
        var bad = folder.File("docs/b-" + name, bytes);
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));

        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run(
            [Path.Combine(folder.Path, "docs")],
            connection
        );

        Assert.Equal(1, summary.Stored);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(bad, failure.Path);
        Assert.Contains(reason, failure.Error);
        Assert.DoesNotContain('\n', failure.Error!);
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT count(*) FROM documents"));
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT count(*) FROM reports"));
        Assert.Equal("a-good.md", connection.ExecuteScalar<string>("SELECT name FROM documents"));
    }

    public static TheoryData<string, string, string, string> DocumentsWithoutReport() =>
        new()
        {
            {
                "minutes.md",
                "# 会议纪要\n\n今天讨论了三件事。\n\n| 事项 | 负责人 |\n|---|---|\n| 采购 | 张三 |\n",
                "not_a_report",
                "no report title"
            },
            { "list.html", HtmlPages.ListPage, "not_a_report", "a list page" },
            { "attachment.html", HtmlPages.AttachmentOnly, "attachment_only", "/files/2023nb.pdf" },
            { "scan.html", HtmlPages.ImageOnly, "image_only", "2 image(s)" },
        };

    [Theory]
    [MemberData(nameof(DocumentsWithoutReport))]
    public void A_document_without_a_report_is_stored_with_a_status_that_says_what_it_holds(
        string name,
        string content,
        string status,
        string reason
    )
    {
        using var folder = new TempFolder();
        folder.File("docs/a-good.md", GoodReport);
        var path = folder.File("docs/b-" + name, content);
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));

        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run(
            [Path.Combine(folder.Path, "docs")],
            connection
        );

        Assert.Equal((2, 0), (summary.Stored, summary.Failures.Count));
        var empty = Assert.Single(summary.WithoutReport);
        Assert.Equal((path, status), (empty.Path, empty.ParseStatus));
        Assert.Contains(reason, empty.NoReportReason);
        var stored = new ReportQueries(connection).FindReport("b-" + name)!;
        Assert.Equal((status, 0L), (stored.ParseStatus, stored.CellsExpected));
        Assert.Empty(new ReportQueries(connection).Facts(stored.ReportId));
    }

    [Fact]
    public void Hostile_pages_each_get_their_own_result_and_the_run_goes_on()
    {
        var report = File.ReadAllText(Path.Combine(TestPaths.Corpus, "generated", "gen_07_gov2019_trs_clean.html"));
        var body = report.IndexOf('>', report.IndexOf("<body", StringComparison.Ordinal)) + 1;
        var navigation = new StringBuilder("<ul class=\"nav\">");
        while (navigation.Length < 17_500_000)
            navigation.Append($"<li><a href=\"/n/{navigation.Length}.htm\">栏目链接</a></li>");
        var huge = report[..body] + navigation + "</ul>" + report[body..];
        var nested =
            "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", 3000)) + "<p>嵌套</p></body></html>";

        using var folder = new TempFolder();
        var hugePath = folder.File("docs/huge.html", Encoding.UTF8.GetBytes(huge));
        folder.File("docs/nested.html", nested);
        // Closing tags dropped and stray ones added: the parser repairs them the way a browser does.
        folder.File(
            "docs/malformed.html",
            report
                .Replace("</td>", "")
                .Replace("</tr>", "")
                .Replace("</p>", "</span>")
                .Replace("</div>", "</div></font>")
        );
        folder.File(
            "docs/gbk.html",
            Encoding
                .GetEncoding("GBK")
                .GetBytes(report.Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal))
        );
        var bytes = Encoding.UTF8.GetBytes(report);
        var cut = bytes.Length / 3;
        while ((bytes[cut] & 0xC0) != 0x80)
            cut++; // inside a multi-byte character
        var truncatedPath = folder.File("docs/truncated.html", bytes[..cut]);
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));

        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run(
            [Path.Combine(folder.Path, "docs")],
            connection
        );

        Assert.True(Encoding.UTF8.GetByteCount(huge) > 20_000_000);
        Assert.Equal((5, 4), (summary.Total, summary.Stored));
        var reports = new ReportQueries(connection).Reports().ToDictionary(r => r.Document);
        Assert.Equal(("complete", 198L), (reports["huge.html"].ParseStatus, reports["huge.html"].CellsFound));
        Assert.Equal(("complete", 198L), (reports["gbk.html"].ParseStatus, reports["gbk.html"].CellsFound));
        Assert.Equal("not_a_report", reports["nested.html"].ParseStatus);
        Assert.Equal(("complete", 198L), (reports["malformed.html"].ParseStatus, reports["malformed.html"].CellsFound));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(truncatedPath, failure.Path);
        Assert.Contains("truncated document", failure.Error);
        Assert.DoesNotContain(summary.Failures, f => f.Path == hugePath);
    }

    public static TheoryData<string, byte[], string> BadPdfs()
    {
        var table = TestPdfs.RuledTable(
            [
                ["Item", "Count"],
                ["Rules", "1"],
            ],
            pages: 3
        );
        return new TheoryData<string, byte[], string>
        {
            { "truncated.pdf", table[..(table.Length / 2)], "damaged PDF" },
            {
                "random.pdf",
                "%PDF-1.4\n"u8.ToArray().Concat(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 253))).ToArray(),
                "damaged PDF"
            },
            { "locked.pdf", TestPdfs.UserPasswordProtected(), "password-protected PDF" },
        };
    }

    [Theory]
    [MemberData(nameof(BadPdfs))]
    public void A_bad_pdf_fails_alone_with_a_specific_reason(string name, byte[] bytes, string reason) =>
        A_bad_document_fails_alone_with_a_specific_reason(name, bytes, reason);

    [Fact]
    public void A_hundred_page_pdf_and_a_scan_are_each_a_result_of_their_own()
    {
        using var folder = new TempFolder();
        folder.File("docs/a-good.md", GoodReport);
        folder.File(
            "docs/long.pdf",
            TestPdfs.RuledTable(
                [
                    ["Item", "Count"],
                    ["Rules", "1"],
                ],
                pages: 100
            )
        );
        folder.File("docs/scan.pdf", TestPdfs.ImageOnly());
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));

        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run(
            [Path.Combine(folder.Path, "docs")],
            connection
        );

        Assert.Equal((3, 0), (summary.Stored, summary.Failures.Count));
        var reports = new ReportQueries(connection).Reports().ToDictionary(r => r.Document);
        Assert.Equal("not_a_report", reports["long.pdf"].ParseStatus);
        Assert.Equal("image_only", reports["scan.pdf"].ParseStatus);
        Assert.Equal(
            100,
            connection
                .ExecuteScalar<string>(
                    "SELECT text FROM reports r JOIN documents d ON d.id = r.document_id WHERE d.name = 'long.pdf'"
                )!
                .Split('\n')
                .Count(line => line.StartsWith("Rules", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Reingesting_the_same_bytes_is_a_no_op_that_says_so()
    {
        using var folder = new TempFolder();
        var document = folder.File("r.md", GoodReport);
        using var connection = Database.Open(Path.Combine(folder.Path, "t.db"));
        var runner = new IngestRunner(DocumentProcessor.Default, 2);

        Assert.Equal(1, runner.Run([document], connection).Stored);
        var facts = connection.ExecuteScalar<int>("SELECT count(*) FROM facts");
        var second = runner.Run([document], connection);

        Assert.Equal((0, 1), (second.Stored, second.AlreadyStored));
        Assert.Equal(facts, connection.ExecuteScalar<int>("SELECT count(*) FROM facts"));
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT count(*) FROM reports"));
    }

    [Fact]
    public void Ground_truth_sidecars_are_not_ingested()
    {
        using var folder = new TempFolder();
        folder.File("r.md", GoodReport);
        folder.File("r.md.truth.json", "{}");
        Assert.Equal([Path.Combine(folder.Path, "r.md")], InputFiles.Expand([folder.Path]).Select(f => f.Path));
    }

    [Fact]
    public void A_PDF_claiming_more_pages_than_any_report_has_is_refused_before_reading_them()
    {
        var pdf = ReportIngest.Tests.Readers.TestPdfs.RuledTable(
            [
                ["a", "1"],
            ],
            pages: ReportIngest.Readers.Pdf.PdfReader.MaxPages + 1
        );

        var error = Assert.Throws<DocumentReadException>(() =>
            ReportIngest.Readers.DocumentReaders.Default.Read(new SourceDocument("many.pdf", pdf))
        );

        Assert.Contains("pages (limit 2,000)", error.Message);
    }

    [Fact]
    public void A_table_with_more_cells_than_the_limit_is_refused()
    {
        var row = "<tr>" + string.Concat(Enumerable.Repeat("<td>1</td>", 500)) + "</tr>";
        var html = "<html><body><table>" + string.Concat(Enumerable.Repeat(row, 401)) + "</table></body></html>";

        var error = Assert.Throws<DocumentReadException>(() =>
            ReportIngest.Readers.DocumentReaders.Default.Read(
                new SourceDocument("huge.html", System.Text.Encoding.UTF8.GetBytes(html))
            )
        );

        Assert.Contains("cells: refused", error.Message);
    }
}
