using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportIngest.Documents;
using ReportIngest.Readers.Html;
using ReportIngest.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportIngest.Readers.Docx;

/// <summary>
/// Walks a Word body into blocks: paragraphs to text (<c>p[n]</c>), tables to grids (<c>tbl[n]/tr[r]/tc[c]</c>,
/// gridSpan and vMerge laid out as spans). Text is what Word shows: runs joined (a number split over two runs is one
/// number), tabs and breaks as spaces; the accepted text of tracked changes (insertions in, deletions and moved-away
/// text out); field results, not field codes; content controls and custom XML walked into; of alternative content only
/// the first choice, so nothing is read twice. A table holding tables is layout: its content is walked as blocks.
/// </summary>
internal sealed class DocxBlocks
{
    /// <summary>Deeper nesting (tables in cells, controls in controls, runs in runs) is refused: the walks
    /// recurse.</summary>
    public const int MaxDepth = 200;

    private readonly List<DocumentBlock> _blocks = [];
    private int _paragraphs;
    private int _tables;

    public static IReadOnlyList<DocumentBlock> Read(Body body)
    {
        var reader = new DocxBlocks();
        reader.Walk(body, 0);
        return reader._blocks;
    }

    private void Walk(OpenXmlElement container, int depth)
    {
        if (depth > MaxDepth)
            throw new DocumentReadException($"Word content nested more than {MaxDepth} levels deep: refused");
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _paragraphs++;
                    var text = HtmlText.Fold(Text(paragraph, depth));
                    if (text.Length > 0)
                        _blocks.Add(new TextBlock(text, Locator.AtPath($"p[{_paragraphs}]"), IsHeading(paragraph)));
                    break;
                case Table table when table.Descendants<Table>().Any():
                    foreach (
                        var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table)
                    )
                        Walk(cell, depth + 1);
                    break;
                case Table table:
                    _blocks.Add(new GridBlock(Grid(table, $"tbl[{++_tables}]", depth)));
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock or InsertedRun:
                    Walk(child, depth + 1);
                    break;
            }
        }
    }

    private static Grid Grid(Table table, string locator, int depth)
    {
        var cells = new List<GridCell>();
        var rows = table.Descendants<TableRow>().ToList();
        // grid column → index in cells of the vertically merged cell that covers it
        var open = new Dictionary<int, int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var col = Math.Clamp(
                Count(rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val, "gridBefore") ?? 0,
                0,
                100
            );
            var tcs = rows[r].Descendants<TableCell>().ToList();
            for (var c = 0; c < tcs.Count; c++)
            {
                var properties = tcs[c].TableCellProperties;
                var span = Math.Clamp(Count(properties?.GridSpan?.Val, "gridSpan") ?? 1, 1, 100);
                var merge = properties?.VerticalMerge;
                if (
                    merge is not null
                    && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue)
                    && open.TryGetValue(col, out var above)
                )
                {
                    cells[above] = cells[above] with { RowSpan = cells[above].RowSpan + 1 };
                }
                else
                {
                    cells.Add(
                        new GridCell(
                            r,
                            col,
                            CellText(tcs[c], depth),
                            Locator.AtPath($"{locator}/tr[{r + 1}]/tc[{c + 1}]"),
                            1,
                            span
                        )
                        {
                            Basis = ColumnBasis.Markup,
                        }
                    );
                    if (merge?.Val?.Value == MergedCellValues.Restart)
                        open[col] = cells.Count - 1;
                    else
                        open.Remove(col);
                }
                col += span;
            }
        }
        return SpannedGrid.Build(cells);
    }

    /// <summary>A cell's paragraphs, also those inside content controls and custom XML in the cell (not in nested
    /// tables).</summary>
    /// <summary>A count attribute as written (the SDK's own parse throws an OverflowException on
    /// 99999999999).</summary>
    private static int? Count(DocumentFormat.OpenXml.Int32Value? attribute, string name) =>
        attribute?.InnerText is not { } text ? null
        : int.TryParse(
            text,
            System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture,
            out var count
        )
            ? count
        : throw new DocumentReadException(
            $"damaged Word table: {name} \"{(text.Length > 20 ? text[..20] + "…" : text)}\" is no column count"
        );

    private static string CellText(TableCell cell, int depth) =>
        HtmlText.Fold(string.Join(' ', CellParagraphs(cell, depth + 1).Select(p => Text(p, depth + 1))));

    private static IEnumerable<Paragraph> CellParagraphs(OpenXmlElement container, int depth)
    {
        if (depth > MaxDepth)
            throw new DocumentReadException($"Word content nested more than {MaxDepth} levels deep: refused");
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph paragraph)
                yield return paragraph;
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock or SdtCell or SdtContentCell)
                foreach (var inner in CellParagraphs(child, depth + 1))
                    yield return inner;
        }
    }

    private static string Text(OpenXmlElement element, int depth)
    {
        var text = new StringBuilder();
        Append(element, text, depth);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text, int depth)
    {
        if (depth > MaxDepth)
            throw new DocumentReadException($"Word content nested more than {MaxDepth} levels deep: refused");
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t:
                    // a run set raised or lowered is a note's mark (80 and a superscript 1): written as one, not read
                    // as a digit
                    text.Append(
                        (t.Parent as Run)?.RunProperties?.VerticalTextAlignment?.Val?.Value is { } position
                            ? position == VerticalPositionValues.Superscript
                                ? NoteMarks.Raised(t.Text)
                                : position == VerticalPositionValues.Subscript
                                    ? NoteMarks.Lowered(t.Text)
                                    : t.Text
                            : t.Text
                    );
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode:
                    break; // not in the accepted text, or not shown
                case AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                        Append(choice, text, depth + 1);
                    break;
                default:
                    Append(child, text, depth + 1);
                    break;
            }
        }
    }

    private static bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.OutlineLevel is not null
        || paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
            && (
                style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
                || style.StartsWith("Title", StringComparison.OrdinalIgnoreCase)
                || style.Contains("标题", StringComparison.Ordinal)
            );
}
