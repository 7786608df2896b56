using System.Text.RegularExpressions;
using ReportIngest.Documents;
using ReportIngest.Generator.Variations;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// Transformations of a read document that a report suffers in the real world and that must not change one stored
/// cell: they act on the reader's output (its lines and table cells), so they apply alike to every format.
/// </summary>
internal static partial class DocumentTransforms
{
    /// <summary>Each transformation by name. A transformation returns null when the document holds nothing it applies
    /// to.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Document, Document?>> All = new Dictionary<
        string,
        Func<Document, Document?>
    >
    {
        ["headings-removed"] = doc => MapHeadings(doc, _ => null),
        ["headings-garbled"] = doc => MapHeadings(doc, Garble),
        ["traditional"] = doc => MapText(doc, t => TraditionalScript.Convert(t, taiwanPhrases: true)),
        ["subtotal-column"] = SubtotalColumn.Insert,
        ["spaced-labels"] = doc => MapCells(doc, SpaceOut),
        ["quotes-and-brackets"] = doc => MapText(doc, SwapQuotesAndBrackets),
        ["full-width-digits"] = doc => MapText(doc, FullWidthDigits),
        ["header-repeated"] = RepeatHeader,
        ["note-marks"] = doc => MapCells(doc, NoteMarked),
    };

    /// <summary>A note's reference after every figure of a table (80¹), as a superscript is read from Word and web
    /// pages.</summary>
    private static string NoteMarked(string cell) => CellValueParser.IsNumber(cell) ? cell.TrimEnd() + "¹" : cell;

    /// <summary>
    /// The header of every table with one (its first rows, before any figure) printed again halfway down its rows, as a
    /// table's header rows repeated on the page it runs onto stand when the pages are read as one; where the header is
    /// a grid of its own over the table's grids (one a page), again before the second of them.
    /// </summary>
    private static Document? RepeatHeader(Document doc)
    {
        static int HeaderRows(Grid grid) =>
            grid
                .Rows.TakeWhile(r => !r.Any(c => CellValueParser.IsNumber(c.Text)) && r.Any(c => c.Text.Length > 0))
                .Count();
        var blocks = doc.Blocks.ToList();
        var changed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not GridBlock { Grid: var grid })
                continue;
            var header = HeaderRows(grid);
            if (header == 0)
                continue;
            if (grid.Rows.Count - header >= 2)
            {
                var middle = header + (grid.Rows.Count - header) / 2;
                blocks[i] = new GridBlock(
                    new Grid([.. grid.Rows.Take(middle), .. grid.Rows.Take(header), .. grid.Rows.Skip(middle)])
                );
                changed = true;
            }
            else if (
                header == grid.Rows.Count
                && i + 2 < blocks.Count
                && blocks[i + 1] is GridBlock
                && blocks[i + 2] is GridBlock { Grid: var second }
                && HeaderRows(second) == 0
            )
            {
                blocks.Insert(i + 2, new GridBlock(grid));
                changed = true;
                i += 2;
            }
        }
        return changed ? With(doc, blocks) : null;
    }

    /// <summary>A section heading as reports print it: 二、主动公开政府信息情况, ## 四、…, 3. 收到和处理…</summary>
    [GeneratedRegex(@"^\s*(#+\s*)?(\*\*)?[一二三四五六七八][、.．]")]
    private static partial Regex SectionHeading();

    private static Document? MapHeadings(Document doc, Func<string, string?> map)
    {
        var changed = false;
        var blocks = new List<DocumentBlock>();
        foreach (var block in doc.Blocks)
        {
            if (block is TextBlock text && SectionHeading().IsMatch(text.Text) && text.Text.Length < 60)
            {
                changed = true;
                if (map(text.Text) is { } mapped)
                    blocks.Add(text with { Text = mapped });
            }
            else
                blocks.Add(block);
        }
        return changed ? With(doc, blocks) : null;
    }

    /// <summary>A heading a careless edit left behind: a stray character inside it, its last two characters
    /// lost.</summary>
    private static string Garble(string heading)
    {
        var text = heading.Trim();
        var stray = text.Insert(text.Length / 2, "法");
        return stray.Length > 8 ? stray[..^2] : stray;
    }

    private static Document MapText(Document doc, Func<string, string> map) =>
        With(
            doc,
            doc.Blocks.Select(block =>
                    block switch
                    {
                        TextBlock t => t with { Text = map(t.Text) },
                        GridBlock g => new GridBlock(
                            new Grid(
                                g.Grid.Rows.Select(r =>
                                        (IReadOnlyList<GridCell>)r.Select(c => c with { Text = map(c.Text) }).ToList()
                                    )
                                    .ToList()
                            )
                        ),
                        _ => block,
                    }
                )
                .ToList()
        );

    private static Document MapCells(Document doc, Func<string, string> map) =>
        With(
            doc,
            doc.Blocks.Select(block =>
                    block is GridBlock g
                        ? new GridBlock(
                            new Grid(
                                g.Grid.Rows.Select(r =>
                                        (IReadOnlyList<GridCell>)r.Select(c => c with { Text = map(c.Text) }).ToList()
                                    )
                                    .ToList()
                            )
                        )
                        : block
                )
                .ToList()
        );

    internal static Document With(Document doc, IReadOnlyList<DocumentBlock> blocks) =>
        new(doc.Format, blocks, doc.Page) { Conversion = doc.Conversion };

    /// <summary>A short label set letter by letter, as offices space out column heads: 自 然 人, 总 计.</summary>
    private static string SpaceOut(string cell)
    {
        var text = cell.Trim();
        return text.Length is >= 2 and <= 6 && text.All(IsHan) ? string.Join(' ', text.ToCharArray()) : cell;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Every quote and bracket style swapped for another in use, and 1. numbering for 1、 and back.</summary>
    private static string SwapQuotesAndBrackets(string text)
    {
        var swapped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            swapped.Append(
                c switch
                {
                    '“' => '「',
                    '”' => '」',
                    '「' => '“',
                    '」' => '”',
                    '（' => '(',
                    '）' => ')',
                    '(' => '（',
                    ')' => '）',
                    _ => c,
                }
            );
        return ItemNumber()
            .Replace(swapped.ToString(), m => m.Groups[1].Value + (m.Groups[2].Value == "、" ? "." : "、"));
    }

    /// <summary>An item number (1. or 1、) not part of a decimal figure.</summary>
    [GeneratedRegex(@"(?<![0-9.,])([0-9]{1,2})([.．、])(?![0-9])")]
    private static partial Regex ItemNumber();

    private static string FullWidthDigits(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c));

    internal static CellReading Reading(GridCell cell) => CellValueParser.Parse(cell.Text);
}
