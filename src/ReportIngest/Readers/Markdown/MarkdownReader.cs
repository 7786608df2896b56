using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportIngest.Documents;
using ReportIngest.Readers.Html;
using ReportIngest.Text;

namespace ReportIngest.Readers.Markdown;

/// <summary>
/// Markdown through Markdig: headings become heading text blocks, pipe tables grids (one cell per printed cell,
/// read from the source line so that no cell is dropped), raw HTML tables through the HTML reader, and all
/// other lines go through <see cref="LineTableBuilder"/> (tab-separated tables live in paragraphs).
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public InputFormat Format => InputFormat.Markdown;

    public Document Read(SourceDocument source)
    {
        var (text, _) = ReportIngest.Text.TextDecoder.Decode(source.Bytes);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var roles = ClassifyLines(Parse(text), text, lines.Length);

        var builder = new LineTableBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            switch (roles[i])
            {
                case LineRole.Heading:
                    builder.AddBlock(
                        new TextBlock(lines[i].Trim().Trim('#').Trim(), Locator.AtLine(i + 1), IsHeading: true)
                    );
                    break;
                case LineRole.TableStart:
                    var end = i;
                    while (end + 1 < lines.Length && roles[end + 1] == LineRole.TableContinuation)
                        end++;
                    builder.AddBlock(new GridBlock(PipeTableGrid(lines, i, end)));
                    i = end;
                    break;
                case LineRole.HtmlTableStart:
                    var htmlEnd = i;
                    while (htmlEnd + 1 < lines.Length && roles[htmlEnd + 1] == LineRole.Skip)
                        htmlEnd++;
                    foreach (
                        var block in HtmlReader.ReadFragment(string.Join('\n', lines[i..(htmlEnd + 1)]), $"L{i + 1}/")
                    )
                        builder.AddBlock(block);
                    i = htmlEnd;
                    break;
                case LineRole.Skip or LineRole.TableContinuation:
                    break;
                default:
                    builder.AddLine(lines[i], i + 1);
                    break;
            }
        }
        return new Document(Format, builder.Blocks);
    }

    private enum LineRole
    {
        Plain,
        Heading,
        TableStart,
        TableContinuation,
        HtmlTableStart,
        Skip,
    }

    private static LineRole[] ClassifyLines(MarkdownDocument document, string text, int lineCount)
    {
        var roles = new LineRole[lineCount];
        var lineStarts = LineStarts(text);
        foreach (var block in document.Descendants<Block>().Where(b => b is HeadingBlock or Table or HtmlBlock))
        {
            var first = block.Line;
            var last = block.Span.End is var end && end >= 0 && end <= text.Length ? LineOf(lineStarts, end) : first;
            switch (block)
            {
                case HeadingBlock when first < lineCount:
                    roles[first] = LineRole.Heading;
                    break;
                case Table:
                    for (var l = first; l <= last && l < lineCount; l++)
                        roles[l] = l == first ? LineRole.TableStart : LineRole.TableContinuation;
                    break;
                case HtmlBlock html when html.Lines.ToString().Contains("<table", StringComparison.OrdinalIgnoreCase):
                    for (var l = first; l <= last && l < lineCount; l++)
                        roles[l] = l == first ? LineRole.HtmlTableStart : LineRole.Skip;
                    break;
            }
        }
        return roles;
    }

    /// <summary>The offset at which each line starts, for finding a block's last line without rescanning the text (a
    /// table of 50,000 rows).</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        return starts;
    }

    /// <summary>The zero-based line holding <paramref name="offset"/> (a line break belongs to the line it
    /// ends).</summary>
    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static Grid PipeTableGrid(string[] lines, int first, int last)
    {
        var rows = new List<IReadOnlyList<GridCell>>();
        for (var l = first; l <= last; l++)
        {
            var line = lines[l].Trim();
            if (line.Length == 0 || IsDelimiterRow(line))
                continue;
            var cells = SplitPipes(line);
            var locator = Locator.AtLine(l + 1);
            rows.Add(
                cells
                    .Select(
                        (c, col) =>
                            new GridCell(rows.Count, col, WithNoteMarks(c.Trim()), locator)
                            {
                                Basis = ColumnBasis.Markup,
                            }
                    )
                    .ToList()
            );
        }
        return new Grid(rows);
    }

    /// <summary>A note's mark in inline HTML (80<c>&lt;sup&gt;1&lt;/sup&gt;</c>) written as the mark it is (80¹, <see
    /// cref="NoteMarks"/>).</summary>
    private static string WithNoteMarks(string cell) =>
        cell.Contains("<su", StringComparison.OrdinalIgnoreCase)
            ? RaisedOrLowered()
                .Replace(cell, m =>
                    m.Groups["tag"].Value.Equals("sup", StringComparison.OrdinalIgnoreCase)
                        ? NoteMarks.Raised(m.Groups["text"].Value)
                        : NoteMarks.Lowered(m.Groups["text"].Value)
                )
            : cell;

    [System.Text.RegularExpressions.GeneratedRegex(
        @"<(?<tag>su[pb])>(?<text>[^<]*)</\k<tag>>",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex RaisedOrLowered();

    private static bool IsDelimiterRow(string line) =>
        line.All(ch => ch is '|' or '-' or ':' or ' ' or '\t') && line.Contains('-');

    private static List<string> SplitPipes(string line)
    {
        var inner = line;
        if (inner.StartsWith('|'))
            inner = inner[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal))
            inner = inner[..^1];
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                current.Append('|');
                i++;
                continue;
            }
            if (inner[i] == '|')
            {
                cells.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(inner[i]);
        }
        cells.Add(current.ToString());
        return cells;
    }

    /// <summary>Markdig refuses nesting deeper than its limit (block quotes, lists): a per-document error, not a
    /// crash.</summary>
    private static Markdig.Syntax.MarkdownDocument Parse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            throw new DocumentReadException(
                "Markdown nested deeper than the parser's limit (block quotes or lists thousands deep): refused"
            );
        }
    }
}
