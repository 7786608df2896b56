using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dapper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Readers;
using ReportIngest.Readers.Docx;
using ReportIngest.Storage;
using ReportIngest.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportIngest.Tests.Readers;

public class DocxReaderTests
{
    private static byte[] Docx(params OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(content));
        return stream.ToArray();
    }

    private static ReportIngest.Documents.Document Read(byte[] bytes) =>
        DocumentReaders.Default.Read(new SourceDocument("t.docx", bytes));

    private static Run R(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (merge is { } m)
            properties.Append(new VerticalMerge { Val = m });
        return new TableCell(properties, new Paragraph(R(text)));
    }

    [Fact]
    public void Merged_cells_become_spans_and_every_cell_is_located()
    {
        var table = new Table(
            new TableRow(Cell("申请人情况", span: 3)),
            new TableRow(
                Cell("三、本年度办理结果", merge: MergedCellValues.Restart),
                Cell("（一）予以公开"),
                Cell("5")
            ),
            new TableRow(
                new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph()),
                Cell("（二）部分公开"),
                Cell("2")
            )
        );

        var grid = Assert.IsType<GridBlock>(Assert.Single(Read(Docx(table)).Blocks)).Grid;

        Assert.Equal(
            ("申请人情况", 3, "tbl[1]/tr[1]/tc[1]"),
            (grid.Rows[0][0].Text, grid.Rows[0][0].ColSpan, grid.Rows[0][0].Locator.Text)
        );
        var label = grid.Rows[1][0];
        Assert.Equal(("三、本年度办理结果", 2), (label.Text, label.RowSpan));
        Assert.Equal("三、本年度办理结果", grid.Rows[2][0].Text); // a spanning label stands in every row it covers
        Assert.Equal(
            ("2", 2, "tbl[1]/tr[3]/tc[3]"),
            (grid.Rows[2][2].Text, grid.Rows[2][2].Col, grid.Rows[2][2].Locator.Text)
        );
    }

    [Fact]
    public void Figures_inside_content_controls_in_cells_and_rows_shifted_by_gridBefore_are_read_in_place()
    {
        var controlled = new TableCell(new SdtBlock(new SdtContentBlock(new Paragraph(R("12")))));
        var shifted = new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("7"));
        var table = new Table(new TableRow(Cell("总计"), controlled), shifted);

        var grid = Assert.IsType<GridBlock>(Assert.Single(Read(Docx(table)).Blocks)).Grid;

        Assert.Equal(["总计", "12"], grid.Rows[0].Select(c => c.Text));
        Assert.Equal(("7", 1), (grid.Rows[1][0].Text, grid.Rows[1][0].Col));
    }

    /// <summary>A note's mark set as a superscript run after a figure (80 and a raised 1) is a mark, not the figure's
    /// last digit.</summary>
    [Fact]
    public void A_raised_run_after_a_figure_is_a_mark_not_a_digit()
    {
        var mark = new Run(
            new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            new WordText("1")
        );
        var table = new Table(
            new TableRow(Cell("一、本年新收政府信息公开申请数量"), new TableCell(new Paragraph(R("80"), mark)))
        );

        var grid = Assert.IsType<GridBlock>(Assert.Single(Read(Docx(table)).Blocks)).Grid;

        Assert.Equal("80¹", grid.Rows[0][1].Text);
        Assert.Equal(80m, CellValueParser.Parse(grid.Rows[0][1].Text).Value);
    }

    [Fact]
    public void Text_is_what_Word_shows_once_changes_are_accepted()
    {
        var paragraph = new Paragraph(
            R("收到申请"),
            R("12"),
            R("3件"), // one number over two runs
            new DeletedRun(new Run(new DeletedText("99"))),
            new InsertedRun(R("，已办结")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("（第1页）"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new SimpleField(R("2025年1月20日")) { Instruction = " DATE " },
            new Run(new Break()),
            R("下一行")
        );
        var control = new SdtBlock(new SdtContentBlock(new Paragraph(R("内容控件中的段落"))));

        var blocks = Read(Docx(paragraph, control)).Blocks.Cast<TextBlock>().Select(b => b.Text).ToList();

        Assert.Equal(["收到申请123件，已办结（第1页）2025年1月20日 下一行", "内容控件中的段落"], blocks);
    }

    [Fact]
    public void A_table_of_tables_is_layout_and_its_tables_are_read()
    {
        var inner = new Table(new TableRow(Cell("总计"), Cell("7")));
        var outer = new Table(new TableRow(new TableCell(new Paragraph(R("版式表格")), inner, new Paragraph())));

        var blocks = Read(Docx(outer)).Blocks;

        Assert.Equal("版式表格", Assert.IsType<TextBlock>(blocks[0]).Text);
        var grid = Assert.IsType<GridBlock>(blocks[1]).Grid;
        Assert.Equal(["总计", "7"], grid.Rows[0].Select(c => c.Text));
    }

    [Fact]
    public void Content_nested_thousands_deep_is_refused_before_the_SDK_builds_it()
    {
        // 20,000 nested content controls: the SDK's recursive tree building overflows the stack, killing the process
        using var stream = new MemoryStream();
        stream.Write(Docx(new Paragraph(R("x"))));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(
                zip.CreateEntry("word/document.xml", CompressionLevel.NoCompression).Open()
            );
            writer.Write(
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            );
            for (var i = 0; i < 20_000; i++)
                writer.Write("<w:sdt><w:sdtContent>");
            writer.Write("<w:p/>");
            for (var i = 0; i < 20_000; i++)
                writer.Write("</w:sdtContent></w:sdt>");
            writer.Write("</w:body></w:document>");
        }

        var error = Assert.Throws<DocumentReadException>(() => Read(stream.ToArray()));

        Assert.Contains("nested more than", error.Message);
    }

    [Fact]
    public void A_column_span_no_int_holds_is_a_damaged_table_not_an_internal_error()
    {
        var span = new GridSpan();
        span.SetAttribute(
            new OpenXmlAttribute(
                "w",
                "val",
                "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "99999999999"
            )
        );
        var table = new Table(new TableRow(new TableCell(new TableCellProperties(span), new Paragraph(R("总计")))));

        var error = Assert.Throws<DocumentReadException>(() => Read(Docx(table)));

        Assert.Contains("gridSpan \"99999999999\" is no column count", error.Message);
    }

    [Fact]
    public void A_zip_bomb_dressed_as_DOCX_is_refused_before_it_is_unpacked()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
                entry.Write(zeros);
        }

        var error = Assert.Throws<DocumentReadException>(() => Read(stream.ToArray()));

        Assert.Contains("zip bomb", error.Message);
    }

    [Fact]
    public void Encrypted_truncated_and_foreign_containers_each_get_their_own_error()
    {
        byte[] ole =
        [
            0xD0,
            0xCF,
            0x11,
            0xE0,
            0xA1,
            0xB1,
            0x1A,
            0xE1,
            .. new byte[504],
            .. Encoding.Unicode.GetBytes("EncryptionInfo"),
            0,
            0,
            .. Encoding.Unicode.GetBytes("EncryptedPackage"),
        ];
        Assert.Contains("encrypted", Assert.Throws<DocumentReadException>(() => Read(ole)).Message);

        var docx = File.ReadAllBytes(
            Path.Combine(TestPaths.Corpus, "generated", "gen_17_gov2021_split_runs_fault.docx")
        );
        Assert.Contains(
            "damaged ZIP",
            Assert.Throws<DocumentReadException>(() => Read(docx[..(docx.Length / 2)])).Message
        );

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            writer.Write("hello");
        Assert.Contains(
            "not a Word document",
            Assert.Throws<DocumentReadException>(() => Read(stream.ToArray())).Message
        );
    }

    [Fact]
    public void Bad_Word_files_fail_one_by_one_and_the_run_stores_the_rest()
    {
        using var folder = new TempFolder();
        var good = File.ReadAllBytes(
            Path.Combine(TestPaths.Corpus, "generated", "gen_17_gov2021_split_runs_fault.docx")
        );
        folder.File("good.docx", good);
        folder.File("truncated.docx", good[..(good.Length * 2 / 3)]);
        folder.File(
            "encrypted.docx",
            [
                0xD0,
                0xCF,
                0x11,
                0xE0,
                0xA1,
                0xB1,
                0x1A,
                0xE1,
                .. new byte[504],
                .. Encoding.Unicode.GetBytes("EncryptedPackage"),
            ]
        );
        using var database = new TempFolder();
        using var connection = Database.Open(Path.Combine(database.Path, "r.db"));

        var summary = new IngestRunner(DocumentProcessor.Default, 2).Run([folder.Path], connection);

        Assert.Equal(1, summary.Stored);
        Assert.Equal(
            ["encrypted.docx", "truncated.docx"],
            summary.Failures.Select(f => Path.GetFileName(f.Path)).Order()
        );
        Assert.All(summary.Failures, f => Assert.Matches("encrypted|damaged ZIP", f.Error));
    }

    [SkippableFact]
    public void A_DOC_is_read_through_LibreOffice_and_the_conversion_recorded()
    {
        Skip.If(
            DocReader.Soffice is null,
            "LibreOffice (soffice) is not on the PATH (Debian: apt-get install libreoffice-writer-nogui)"
        );
        using var folder = new TempFolder();
        var docx = Path.Combine(TestPaths.Corpus, "generated", "gen_19_gov2021_tracked_clean.docx");
        var source = folder.File("report.docx", File.ReadAllBytes(docx));
        var convert = Process.Start(
            new ProcessStartInfo(DocReader.Soffice!)
            {
                ArgumentList =
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(folder.Path, "profile")).AbsoluteUri}",
                    "--headless",
                    "--convert-to",
                    "doc",
                    "--outdir",
                    folder.Path,
                    source,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }
        )!;
        Assert.True(convert.WaitForExit(120_000));
        var doc = Path.Combine(folder.Path, "report.doc");
        Assert.Equal(InputFormat.Doc, FormatDetector.Detect(File.ReadAllBytes(doc)));

        using var connection = Database.Open(Path.Combine(folder.Path, "r.db"));
        var summary = new IngestRunner(DocumentProcessor.Default, 1).Run([doc], connection);

        Assert.Equal(1, summary.Stored);
        Assert.Equal(
            "LibreOffice soffice --convert-to docx",
            connection.ExecuteScalar<string>("SELECT converted_with FROM documents")
        );
        var truth = System
            .Text.Json.JsonDocument.Parse(File.ReadAllText(docx + ".truth.json"))
            .RootElement.GetProperty("cells");
        var stored = connection
            .Query<(string Key, string? Value)>(
                "SELECT table_code || '.' || row_code || '.' || col_code, value FROM facts"
            )
            .ToDictionary(f => f.Key, f => f.Value);
        foreach (var cell in truth.EnumerateObject())
            Assert.Equal(
                cell.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : cell.Value.GetRawText(),
                stored[cell.Name]
            );
    }

    [Fact]
    public void Without_LibreOffice_a_DOC_says_what_to_install()
    {
        byte[] doc =
        [
            0xD0,
            0xCF,
            0x11,
            0xE0,
            0xA1,
            0xB1,
            0x1A,
            0xE1,
            .. new byte[504],
            .. Encoding.Unicode.GetBytes("WordDocument"),
        ];
        var error = Assert.Throws<DocumentReadException>(() => Read(doc));
        Assert.Contains(
            DocReader.Soffice is null ? "apt-get install libreoffice-writer-nogui" : "LibreOffice could not convert",
            error.Message
        );
    }
}
