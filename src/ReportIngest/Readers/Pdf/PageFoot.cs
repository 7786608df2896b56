using ReportIngest.Documents;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// The text lines at the foot of a page, under its last table and without a digit: perhaps the header of a table
/// without rulings whose rows begin on the next page (申请人情况 / 自然人 … at the foot of one page, 一、本年新收… | 21 1 0
/// at the head of the next). The next page's reading takes those that head its first table, and records which, so
/// that they are not also left as text on their own page.
/// </summary>
internal sealed class PageFoot(int page, IReadOnlyList<(GlyphLine Line, TextBlock Block)> lines)
{
    /// <summary>No header runs longer than this many lines (a word a line down a narrow column included).</summary>
    public const int MaxLines = 24;

    public int Page => page;

    /// <summary>The lines top to bottom, each with the text block it stands as on its page.</summary>
    public IReadOnlyList<(GlyphLine Line, TextBlock Block)> Lines => lines;

    /// <summary>Indexes of the lines the next page's table took as its header.</summary>
    public HashSet<int> Taken { get; } = [];

    public IEnumerable<TextBlock> TakenBlocks => Taken.Select(i => lines[i].Block);
}
