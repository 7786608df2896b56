using ReportIngest.Documents;
using ReportIngest.Text;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Reads one page: ruled tables become grids with spans (lattice); the remaining text becomes lines, and where figures
/// stand in columns among them the lines are laid out as a table (<see cref="StreamTables"/>); page numbers in the
/// margins are dropped. Every cell and line is located by page and box.
/// </summary>
internal static class PdfPageReader
{
    /// <summary>Lines this close to the top or bottom edge (share of the page height) are running headers and
    /// footers.</summary>
    private const double MarginShare = 0.08;

    /// <param name="page">The page.</param>
    /// <param name="pageNumber">Its number, from 1.</param>
    /// <param name="style">What the document's tables before this page showed of their layout; what this page's show is
    /// added.</param>
    /// <param name="previousFoot">The text lines at the foot of the page before: the header of a table that begins on
    /// this page?</param>
    public static PdfPageContent Read(Page page, int pageNumber, ProducerStyle style, PageFoot? previousFoot = null)
    {
        var (glyphs, marks) = NoteMarkGlyphs.Split(PageLetters.Read(page), pageNumber);
        var tables = LatticeTables.Find(Rulings.Read(page));
        // what is needed of PdfPig's page is read: its letters and paths can go while the page is laid out
        var (height, images) = (page.Height, page.GetImages().Count());

        var free = new List<Glyph>(glyphs.Count);
        var inTable = tables.Select(_ => new List<Glyph>()).ToList();
        foreach (var glyph in glyphs)
        {
            // The innermost table: a frame drawn round a table (a page border, a box) must not take its text.
            var index = -1;
            for (var t = 0; t < tables.Count; t++)
                if (tables[t].Contains(glyph) && (index < 0 || tables[t].Area < tables[index].Area))
                    index = t;
            if (index >= 0)
                inTable[index].Add(glyph);
            else
                free.Add(glyph);
        }

        // Ruled tables, tables without rulings and text lines, each placed by its top, are laid out in reading order.
        var placed = new List<(double Top, object Item)>();
        for (var t = 0; t < tables.Count; t++)
            placed.Add(
                (
                    tables[t].Top,
                    new GridBlock(SpannedGrid.Build(LogicalRows.Arrange(tables[t], inTable[t], pageNumber)))
                )
            );
        placed.AddRange(
            StreamTables.Arrange(
                TextLines.Lines(free).Where(l => !IsPageFurniture(l, height)).ToList(),
                pageNumber,
                style,
                previousFoot
            )
        );

        var items = placed
            .OrderByDescending(p => p.Top)
            .Select(p =>
                (
                    p.Item,
                    Block: p.Item switch
                    {
                        GlyphLine line => new TextBlock(
                            line.Text,
                            Locator.OnPage(pageNumber, new CellBox(line.Left, line.Bottom, line.Right, line.Top))
                        ),
                        _ => (DocumentBlock)p.Item,
                    }
                )
            )
            .ToList();
        return new PdfPageContent([.. items.Select(i => i.Block)], images, Foot(items, pageNumber), marks);
    }

    /// <summary>The text lines after the page's last table, up from the foot to the first line with a digit.</summary>
    private static PageFoot Foot(List<(object Item, DocumentBlock Block)> items, int pageNumber)
    {
        var foot = new List<(GlyphLine Line, TextBlock Block)>();
        for (var i = items.Count - 1; i >= 0 && foot.Count < PageFoot.MaxLines; i--)
        {
            if (items[i] is not (GlyphLine line, TextBlock block) || line.Text.Any(char.IsDigit))
                break;
            foot.Insert(0, (line, block));
        }
        return new PageFoot(pageNumber, foot);
    }

    private static bool IsPageFurniture(GlyphLine line, double height)
    {
        var inMargin = line.Top < height * MarginShare || line.Bottom > height * (1 - MarginShare);
        return inMargin && PageFooter.IsPageNumber(line.Text, bareNumber: true);
    }
}
