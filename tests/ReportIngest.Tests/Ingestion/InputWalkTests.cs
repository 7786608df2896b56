using System.Diagnostics;
using System.Text;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Ingestion;

/// <summary>
/// What a folder holds besides documents: links to folders (a link to <c>.</c> would be walked forever), links out of
/// the folder (to <c>/etc/passwd</c>), named pipes (reading one blocks forever). Each is passed over with its reason;
/// the documents beside them are stored.
/// </summary>
public class InputWalkTests
{
    private static readonly string GoodReport = SampleReports.ReviewLitigation(1, 0, 0, 0, 1);

    private static IngestSummary Ingest(string folder)
    {
        using var database = new TempFolder();
        using var connection = Database.Open(Path.Combine(database.Path, "db.sqlite"));
        return new IngestRunner(DocumentProcessor.Default, 2).Run([folder], connection);
    }

    [Fact]
    public void Links_to_folders_are_not_followed()
    {
        using var folder = new TempFolder();
        folder.File("a.md", GoodReport);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "up"), "..");

        var entries = InputFiles.Expand([folder.Path]).ToList();

        Assert.Equal([Path.Combine(folder.Path, "a.md")], entries.Where(e => e.SkipReason is null).Select(e => e.Path));
        Assert.All(entries.Where(e => e.SkipReason is not null), e =>
            Assert.Contains("a link to a folder", e.SkipReason)
        );
        var summary = Ingest(folder.Path);
        Assert.Equal((1, 2, 0), (summary.Stored, summary.Skipped.Count, summary.Failures.Count));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_not_read_one_inside_is()
    {
        using var outside = new TempFolder();
        var secret = outside.File("passwd", "root:x:0:0:root:/root:/bin/bash\n");
        using var folder = new TempFolder();
        var report = folder.File("docs/a.md", GoodReport);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "passwd"), secret);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b.md"), report);

        var entries = InputFiles.Expand([folder.Path]).ToDictionary(e => Path.GetFileName(e.Path), e => e.SkipReason);

        Assert.Contains("outside", entries["passwd"]);
        Assert.Null(entries["b.md"]);
        Assert.Null(entries["a.md"]);
        // named on the command line, a link is read: the user asked for that file
        Assert.Null(Assert.Single(InputFiles.Expand([Path.Combine(folder.Path, "b.md")])).SkipReason);
    }

    [SkippableFact]
    public void A_named_pipe_is_skipped_not_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are made with mkfifo on Linux");
        using var folder = new TempFolder();
        folder.File("a.md", GoodReport);
        var fifo = Path.Combine(folder.Path, "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo))
            mkfifo.WaitForExit();

        var summary = Ingest(folder.Path); // reading the pipe would block here forever

        Assert.Equal(1, summary.Stored);
        Assert.Contains("named pipe", Assert.Single(summary.Skipped).Error);
        Assert.Contains("named pipe", Assert.Single(InputFiles.Expand([fifo])).SkipReason);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-32le-bom")]
    [InlineData("utf-16le")]
    public void Text_saved_as_wide_Unicode_reads_as_its_UTF8_original(string encoding)
    {
        var text = GoodReport.Replace("\n", "\r\n"); // as Windows saves it
        Encoding wide = encoding switch
        {
            "utf-16be-bom" => Encoding.BigEndianUnicode,
            "utf-32le-bom" => Encoding.UTF32,
            _ => Encoding.Unicode,
        };
        byte[] bytes = encoding.EndsWith("-bom")
            ? [.. wide.GetPreamble(), .. wide.GetBytes(text)]
            : wide.GetBytes(text);
        using var folder = new TempFolder();
        folder.File("original.md", text);
        folder.File("wide.md", bytes);

        using var database = new TempFolder();
        using var connection = Database.Open(Path.Combine(database.Path, "db.sqlite"));
        var summary = new IngestRunner(DocumentProcessor.Default, 1).Run([folder.Path], connection);

        Assert.Equal(2, summary.Stored);
        var cells = Dapper
            .SqlMapper.Query<(string Document, string Key, string Raw, string Status)>(
                connection,
                "SELECT d.name, f.table_code || '.' || f.row_code || '.' || f.col_code, f.raw, f.status FROM facts f JOIN reports r ON r.id = f.report_id "
                    + "JOIN documents d ON d.id = r.document_id ORDER BY 2"
            )
            .ToList();
        var original = cells.Where(c => c.Document == "original.md").Select(c => (c.Key, c.Raw, c.Status)).ToList();
        Assert.NotEmpty(original);
        Assert.Equal(original, cells.Where(c => c.Document == "wide.md").Select(c => (c.Key, c.Raw, c.Status)));
    }

    [Fact]
    public void Damaged_wide_Unicode_is_a_clear_error()
    {
        // a lone high surrogate
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("年度报告"), 0x00, 0xD8, 0x41, 0x00];

        var error = Assert.Throws<ReportIngest.Documents.DocumentReadException>(() =>
            ReportIngest.Readers.DocumentReaders.Default.Read(new ReportIngest.Documents.SourceDocument("w.txt", bytes))
        );

        Assert.Contains("damaged UTF-16", error.Message);
    }
}
