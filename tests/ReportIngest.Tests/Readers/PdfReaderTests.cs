using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Readers.Pdf;

namespace ReportIngest.Tests.Readers;

public class PdfReaderTests
{
    private static Document Read(byte[] bytes) => new PdfReader().Read(new SourceDocument("t.pdf", bytes));

    private static readonly string[][] Table =
    [
        ["Item", "Count", "Total"],
        ["Rules", "1,234", "12"],
        ["Permits", "0", "7"],
    ];

    [Fact]
    public void A_ruled_table_becomes_a_grid_with_each_cell_located_by_page_and_box()
    {
        var grid = Assert.Single(Read(TestPdfs.RuledTable(Table)).Blocks.OfType<GridBlock>()).Grid;

        Assert.Equal(["Rules", "1,234", "12"], grid.Rows[1].Select(c => c.Text));
        var cell = grid.Rows[1][1];
        Assert.Equal((1, "p1:150,660,250,680"), (cell.Page, cell.Locator.Text));
    }

    [Fact]
    public void A_missing_ruling_between_two_cells_makes_one_spanning_cell()
    {
        var grid = Assert
            .Single(Read(TestPdfs.RuledTable(Table, mergeFirstRowTail: true)).Blocks.OfType<GridBlock>())
            .Grid;

        var merged = grid.Rows[0][1];
        Assert.Equal((1, 2, "CountTotal"), (merged.Col, merged.ColSpan, merged.Text.Replace(" ", "")));
        Assert.Equal(3, grid.Rows[1].Count);
    }

    [Fact]
    public void Text_drawn_twice_for_a_bold_look_is_read_once_and_page_numbers_are_dropped()
    {
        var document = Read(TestPdfs.RuledTable(Table, footer: "- 4 -", drawTextTwice: true));

        Assert.Equal("Permits", Assert.Single(document.Blocks.OfType<GridBlock>()).Grid.Rows[2][0].Text);
        Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains('4'));
    }

    [Fact]
    public void Each_page_is_read_on_its_own_and_keeps_its_page_number()
    {
        var grids = Read(TestPdfs.RuledTable(Table, pages: 3)).Blocks.OfType<GridBlock>().ToList();

        Assert.Equal([1, 2, 3], grids.Select(g => g.Grid.Rows[0][0].Page!.Value));
    }

    /// <summary>A table without rulings whose header is the last thing on one page and whose rows begin the
    /// next.</summary>
    private static byte[] HeaderAtPageFoot(string footLine) =>
        TestPdfs.TextPages(
            [
                ("Annual figures of the office, as in every year before.", 50, 400),
                ("Item", 50, 80),
                ("Count", 200, 80),
                ("Total", 300, 80),
                (footLine, 50, 66),
            ],
            [
                ("Rules", 50, 760),
                ("1,234", 200, 760),
                ("12", 300, 760),
                ("Permits", 50, 746),
                ("0", 200, 746),
                ("7", 300, 746),
            ]
        );

    [Fact]
    public void A_header_at_a_page_foot_heads_the_rows_on_the_next_page_and_keeps_its_own_page()
    {
        var document = Read(HeaderAtPageFoot(footLine: "Kind"));

        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        var header = grid.Rows[0];
        Assert.Equal(["ItemKind", "Count", "Total"], header.Select(c => c.Text.Replace(" ", "")));
        Assert.All(header, c => Assert.Equal(1, c.Page));
        Assert.StartsWith("p1:200,", header[1].Locator.Text);
        Assert.Equal(["Rules", "1,234", "12"], grid.Rows[1].Select(c => c.Text));
        Assert.All(grid.Rows[1], c => Assert.Equal(2, c.Page));
        // taken by the table, the header's lines are no longer text of the first page
        Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("Count") || t.Text == "Kind");
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t =>
            t.Text.StartsWith("Annual figures", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Prose_at_a_page_foot_stays_text_of_its_page_above_a_table_beginning_the_next()
    {
        var document = Read(HeaderAtPageFoot(footLine: "The office received the following applications this year."));

        var grid = Assert.Single(document.Blocks.OfType<GridBlock>()).Grid;
        Assert.DoesNotContain(grid.Rows.SelectMany(r => r), c => c.Text.Contains("applications"));
        var prose = Assert.Single(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("applications"));
        Assert.StartsWith("p1:", prose.Locator.Text);
    }

    [Fact]
    public void A_pdf_locked_only_against_changes_is_read()
    {
        var document = Read(TestPdfs.OwnerPasswordOnly("Rules 12"));
        Assert.Contains(document.Blocks.OfType<TextBlock>(), t => t.Text == "Rules 12");
    }

    [Fact]
    public void A_user_password_is_a_clear_error()
    {
        var error = Assert.Throws<DocumentReadException>(() => Read(TestPdfs.UserPasswordProtected()));
        Assert.Contains("password-protected", error.Message);
    }

    [Fact]
    public void Random_bytes_behind_a_pdf_header_are_a_clear_error()
    {
        var bytes = "%PDF-1.7\n"u8
            .ToArray()
            .Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)))
            .ToArray();
        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.Contains("damaged PDF", error.Message);
    }

    [Fact]
    public void A_scanned_document_is_stored_as_needing_ocr_not_as_an_empty_report()
    {
        var processed = DocumentProcessor.Default.Process(new SourceDocument("scan.pdf", TestPdfs.ImageOnly()));

        Assert.Equal("image_only", processed.Report.ParseStatus);
        Assert.Contains(processed.Findings, f => f.Message.Contains("needs OCR"));
    }

    [Fact]
    public void A_stream_that_would_inflate_past_the_bound_is_refused_without_being_inflated()
    {
        // 20 pages share a content stream of ~300 KB that holds 300 MB: PdfPig alone allocated it on every page
        var bomb = TestPdfs.InflateBomb(300L * 1024 * 1024, pages: 20);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<DocumentReadException>(() => Read(bomb));

        Assert.Contains("inflates to more than 256 MB", error.Message);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, 32L * 1024 * 1024);
    }

    [Theory]
    [InlineData(2 * 1024 * 1024, true)]
    [InlineData(1024 * 1024 - 1, false)]
    public void A_flate_stream_is_measured_against_the_bound_and_otherwise_decoded_as_PdfPig_does(
        int inflatedLength,
        bool refused
    )
    {
        // random bytes do not compress, so the stream is long enough to be measured against a bound of 1 MB
        var plain = new byte[inflatedLength];
        new Random(3).NextBytes(plain);
        var compressed = new MemoryStream();
        compressed.Write([0x78, 0x01]);
        using (
            var deflate = new System.IO.Compression.DeflateStream(
                compressed,
                System.IO.Compression.CompressionLevel.Fastest,
                leaveOpen: true
            )
        )
            deflate.Write(plain);
        var filter = new BoundedFlateFilter(1024 * 1024);
        var dictionary = new UglyToad.PdfPig.Tokens.DictionaryToken(
            new Dictionary<UglyToad.PdfPig.Tokens.NameToken, UglyToad.PdfPig.Tokens.IToken>()
        );

        Memory<byte> Decode() =>
            filter.Decode(compressed.ToArray(), dictionary, UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance, 0);

        if (refused)
            Assert.Throws<DocumentReadException>(() => Decode());
        else
            Assert.Equal(plain, Decode().ToArray());
    }
}
