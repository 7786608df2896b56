using System.Text;
using Dapper;
using ReportIngest.Cli.Commands;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Ingestion;

/// <summary>
/// Documents read in reader child processes (what <c>ingest</c> does by default): the same facts and findings as
/// reading in process, and a document that brings its reader down, exhausts its memory or overruns the time limit
/// costs only itself.
/// </summary>
public class ReaderProcessTests
{
    private static readonly string GoodReport = SampleReports.ReviewLitigation(1, 0, 0, 0, 1);

    private static (IngestSummary Summary, List<string> Facts, List<string> Findings) Ingest(
        IDocumentParser parser,
        IEnumerable<string> paths,
        TimeSpan? limit = null
    )
    {
        using var database = new TempFolder();
        using var connection = Database.Open(Path.Combine(database.Path, "db.sqlite"));
        var summary = new IngestRunner(parser, 2) { TimeLimit = limit ?? IngestRunner.DefaultTimeLimit }.Run(
            paths,
            connection
        );
        var facts = connection
            .Query<string>(
                "SELECT d.name || ' ' || f.table_code || '.' || f.row_code || '.' || f.col_code || ' ' || coalesce(f.value, '') || ' ' || f.raw || ' ' || f.status || ' ' || f.locator "
                    + "FROM facts f JOIN reports r ON r.id = f.report_id JOIN documents d ON d.id = r.document_id ORDER BY 1"
            )
            .ToList();
        var findings = connection
            .Query<string>(
                "SELECT d.name || ' ' || x.rule || ' ' || x.scope || ' ' || x.status || ' ' || x.severity FROM findings x JOIN reports r ON r.id = x.report_id "
                    + "JOIN documents d ON d.id = r.document_id ORDER BY 1"
            )
            .ToList();
        return (summary, facts, findings);
    }

    [Fact]
    public void Reading_in_reader_processes_stores_exactly_what_reading_in_process_stores()
    {
        var corpus = new[] { TestPaths.Corpus };

        var inProcess = Ingest(new InProcessParser(DocumentProcessor.Default), corpus);
        using var readers = new ReaderProcesses(
            ReaderProcessCommand.StartInfo,
            ReaderProcesses.DefaultMemoryLimitBytes
        );
        var isolated = Ingest(readers, corpus);

        Assert.True(inProcess.Summary.Stored >= 20, $"{inProcess.Summary.Stored} stored");
        Assert.Equal(inProcess.Summary.Stored, isolated.Summary.Stored);
        Assert.Equal(inProcess.Facts, isolated.Facts);
        Assert.Equal(inProcess.Findings, isolated.Findings);
        Assert.InRange(readers.Started, 1, 2); // one per worker, reused
    }

    [Theory]
    [InlineData("txt", "行政复议结果维持 12 件。\n")]
    [InlineData("html", "<p>行政复议结果维持 12 件。")] // one page of one long article, as the 133 MB page of issue 15
    [InlineData("md", "| 行政复议 | 12 |\n")] // a pipe table to the end of the file
    public void A_document_that_exhausts_its_readers_memory_fails_alone(string extension, string line)
    {
        using var folder = new TempFolder();
        var good = folder.File("a-good.md", GoodReport);
        // 40 MB: its bytes, the decoded string and what is parsed from it exceed a 96 MB reader
        var prefix =
            extension == "html" ? "<html><body>"
            : extension == "md" ? "# 某局2023年政府信息公开工作年度报告\n\n| 项目 | 数量 |\n|---|---|\n"
            : "";
        var huge = folder.File(
            $"b-huge.{extension}",
            Encoding.UTF8.GetBytes(
                prefix + string.Concat(Enumerable.Repeat(line, 40_000_000 / Encoding.UTF8.GetByteCount(line)))
            )
        );
        var after = folder.File("c-good.md", GoodReport.Replace("某市统计局", "某县统计局"));
        using var readers = new ReaderProcesses(ReaderProcessCommand.StartInfo, 96L * 1024 * 1024);

        var (summary, _, _) = Ingest(readers, [good, huge, after]);

        Assert.Equal(2, summary.Stored);
        var failure = Assert.Single(summary.Failures);
        Assert.EndsWith($"b-huge.{extension}", failure.Path);
        Assert.True(failure.Error!.Contains("memory") || failure.Error.Contains("died"), failure.Error);
    }

    [Fact]
    public void A_PDF_whose_forms_draw_each_other_fans_out_in_its_reader_alone()
    {
        // 10 KB, 10^8 letters: read in process this took 7.4 GB within the time limit and went on in the background
        using var folder = new TempFolder();
        var good = folder.File("a-good.md", GoodReport);
        var bomb = folder.File("b-fan-out.pdf", ReportIngest.Tests.Readers.TestPdfs.FormFanOut(depth: 8, fanOut: 10));
        var after = folder.File("c-good.md", GoodReport.Replace("某市统计局", "某县统计局"));
        using var readers = new ReaderProcesses(ReaderProcessCommand.StartInfo, 256L * 1024 * 1024);

        var (summary, _, _) = Ingest(readers, [good, bomb, after], limit: TimeSpan.FromSeconds(20));

        Assert.Equal(2, summary.Stored);
        var failure = Assert.Single(summary.Failures);
        Assert.EndsWith("b-fan-out.pdf", failure.Path);
        Assert.Matches("memory|died|time limit", failure.Error);
    }

    [Fact]
    public void A_reader_that_cannot_even_start_costs_each_document_with_a_reason_and_the_run_ends()
    {
        using var folder = new TempFolder();
        folder.File("a.md", GoodReport);
        folder.File("b.md", GoodReport.Replace("某市统计局", "某县统计局"));
        // 1 MB: the runtime cannot start
        using var readers = new ReaderProcesses(ReaderProcessCommand.StartInfo, 1024 * 1024);

        var (summary, facts, _) = Ingest(readers, [folder.Path]);

        Assert.Equal(0, summary.Stored);
        Assert.Equal(2, summary.Failures.Count);
        Assert.All(summary.Failures, f => Assert.Contains("reader process died", f.Error));
        Assert.Empty(facts);
        Assert.Equal(2, readers.Started); // each replaced
    }

    [Fact]
    public void A_reader_over_the_time_limit_is_stopped_and_replaced()
    {
        using var folder = new TempFolder();
        folder.File("a.md", GoodReport);
        folder.File("b.md", GoodReport.Replace("某市统计局", "某县统计局"));
        using var readers = new ReaderProcesses(
            ReaderProcessCommand.StartInfo,
            ReaderProcesses.DefaultMemoryLimitBytes
        );

        // less than any reader needs to start
        var (summary, _, _) = Ingest(readers, [folder.Path], limit: TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, summary.Failures.Count);
        Assert.All(summary.Failures, f => Assert.Contains("reader process was stopped", f.Error));
        Assert.Equal(2, readers.Started);
    }
}
