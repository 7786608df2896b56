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
        var placed = new List<(double Top, DocumentBlock Block, bool StreamRow)>();

        var free = new List<Glyph>();
        var inTable = tables.Select(_ => new List<Glyph>()).ToList();
        foreach (var glyph in glyphs)
        {
            var index = tables.FindIndex(t => t.Contains(glyph));
            if (index >= 0) inTable[index].Add(glyph);
            else free.Add(glyph);
        }
        for (var t = 0; t < tables.Count; t++)
            placed.Add((tables[t].Top, new GridBlock(TableGrid(tables[t], inTable[t], pageNumber)), false));

        foreach (var line in TextLines.Lines(free).Where(l => !IsPageFurniture(l, page)))
        {
            var chunks = TextLines.Chunks(line);
            if (chunks.Count >= 2 && chunks.Any(c => NumberChunk().IsMatch(TextLines.Join(c))))
                placed.Add((line.Top, new GridBlock(new Grid([chunks.Select((c, col) => ChunkCell(c, col, pageNumber)).ToList()])), true));
            else
                placed.Add((line.Top, new TextBlock(line.Text, TextLines.Locator(pageNumber, line.Left, line.Bottom, line.Right, line.Top)), false));
        }

        var blocks = MergeStreamRows(placed.OrderByDescending(p => p.Top).Select(p => (p.Block, p.StreamRow)));
        return new PdfPageContent(blocks, page.GetImages().Count());
    }

    private static Grid TableGrid(LatticeTable table, List<Glyph> glyphs, int pageNumber) =>
        SpannedGrid.Build(LogicalRows.Arrange(table, glyphs, pageNumber));

    private static GridCell ChunkCell(List<Glyph> chunk, int col, int pageNumber) =>
        new(0, col, TextLines.Join(chunk), TextLines.Locator(pageNumber, chunk.Min(g => g.Left), chunk.Min(g => g.Bottom), chunk.Max(g => g.Right), chunk.Max(g => g.Top)),
            Page: pageNumber);

    /// <summary>Consecutive one-row stream grids are one table.</summary>
    private static List<DocumentBlock> MergeStreamRows(IEnumerable<(DocumentBlock Block, bool StreamRow)> blocks)
    {
        var result = new List<DocumentBlock>();
        var rows = new List<IReadOnlyList<GridCell>>();
        void Flush()
        {
            if (rows.Count == 0) return;
            result.Add(new GridBlock(new Grid(rows.Select((r, i) => (IReadOnlyList<GridCell>)r.Select(c => c with { Row = i }).ToList()).ToList())));
            rows.Clear();
        }
        foreach (var (block, streamRow) in blocks)
        {
            if (streamRow && block is GridBlock row)
            {
                rows.Add(row.Grid.Rows[0]);
                continue;
            }
            Flush();
            result.Add(block);
        }
        Flush();
        return result;
    }

    private static bool IsPageFurniture(GlyphLine line, Page page)
    {
        var height = page.Height;
        var inMargin = line.Top < height * MarginShare || line.Bottom > height * (1 - MarginShare);
        return inMargin && PageNumber().IsMatch(line.Text.Replace(" ", ""));
    }

    [GeneratedRegex(@"^(?:[-—–－]*\d+[-—–－]*|第\d+页(?:共\d+页)?|\d+/\d+|Page\d+(?:of\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[+-]?[\d０-９][\d０-９,，.．]*(?:元|万元|件|项|个|条)?$")]
    private static partial Regex NumberChunk();
}
