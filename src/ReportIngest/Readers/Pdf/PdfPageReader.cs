using System.Text.RegularExpressions;
using ReportIngest.Documents;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Readers.Pdf;

/// <summary>What one page holds: its blocks in reading order and how many images.</summary>
internal sealed record PdfPageContent(List<DocumentBlock> Blocks, int Images);

/// <summary>
/// Reads one page: ruled tables become grids with spans (lattice); the remaining text becomes lines, and runs of
/// lines split into columns by wide gaps become grids (stream, for tables without rulings); page numbers in the
/// margins are dropped. Every cell and line is located by page and box.
/// </summary>
internal static partial class PdfPageReader
{
    /// <summary>Lines this close to the top or bottom edge (share of the page height) are running headers and footers.</summary>
    private const double MarginShare = 0.08;

    public static PdfPageContent Read(Page page, int pageNumber)
    {
        var glyphs = PageLetters.Read(page);
        var tables = LatticeTables.Find(Rulings.Read(page));

        var free = new List<Glyph>(glyphs.Count);
        var inTable = tables.Select(_ => new List<Glyph>()).ToList();
        foreach (var glyph in glyphs)
        {
            // The innermost table: a frame drawn round a table (a page border, a box) must not take its text.
            var index = -1;
            for (var t = 0; t < tables.Count; t++)
                if (tables[t].Contains(glyph) && (index < 0 || tables[t].Area < tables[index].Area)) index = t;
            if (index >= 0) inTable[index].Add(glyph);
            else free.Add(glyph);
        }

        // Ruled tables, stream rows and text lines, each placed by its top, are laid out in reading order.
        var placed = new List<(double Top, object Item)>();
        for (var t = 0; t < tables.Count; t++)
            placed.Add((tables[t].Top, new GridBlock(SpannedGrid.Build(LogicalRows.Arrange(tables[t], inTable[t], pageNumber)))));
        foreach (var line in TextLines.Lines(free).Where(l => !IsPageFurniture(l, page)))
            placed.Add((line.Top, StreamTables.Row(line) as object ?? line));

        var items = StreamTables.JoinWrappedLabels(placed.OrderByDescending(p => p.Top).Select(p => p.Item).ToList());
        var blocks = new List<DocumentBlock>();
        var streamRows = new List<StreamRow>();
        foreach (var item in items)
        {
            switch (item)
            {
                case StreamRow row:
                    streamRows.Add(row);
                    continue;
                case GlyphLine line:
                    FlushStreamRows();
                    blocks.Add(new TextBlock(line.Text, TextLines.Locator(pageNumber, line.Left, line.Bottom, line.Right, line.Top)));
                    break;
                default:
                    FlushStreamRows();
                    blocks.Add((DocumentBlock)item);
                    break;
            }
        }
        FlushStreamRows();
        return new PdfPageContent(blocks, page.GetImages().Count());

        void FlushStreamRows()
        {
            if (streamRows.Count == 0) return;
            blocks.Add(new GridBlock(StreamTables.Grid(streamRows, pageNumber)));
            streamRows = [];
        }
    }

    private static bool IsPageFurniture(GlyphLine line, Page page)
    {
        var height = page.Height;
        var inMargin = line.Top < height * MarginShare || line.Bottom > height * (1 - MarginShare);
        return inMargin && PageNumber().IsMatch(line.Text.Replace(" ", ""));
    }

    [GeneratedRegex(@"^(?:[-—–－]*\d+[-—–－]*|第\d+页(?:共\d+页)?|\d+/\d+|Page\d+(?:of\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

}
