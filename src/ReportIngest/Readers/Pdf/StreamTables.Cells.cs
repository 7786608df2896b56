using ReportIngest.Documents;

namespace ReportIngest.Readers.Pdf;

/// <summary>The columns of a table without rulings, where its figures line up, and the grid cells of its rows and
/// header.</summary>
internal static partial class StreamTables
{
    /// <summary>The value columns: figures whose centres lie within a glyph of each other, left to right.</summary>
    private static List<(double Left, double Right, double Center)> Columns(List<Piece> figures)
    {
        var columns = new List<(double Left, double Right, double Sum, int Count, double Size)>();
        foreach (var figure in figures.OrderBy(f => f.Center))
        {
            if (
                columns.Count > 0
                && figure.Center - columns[^1].Sum / columns[^1].Count <= Math.Max(figure.Size, columns[^1].Size)
            )
            {
                var c = columns[^1];
                columns[^1] = (
                    Math.Min(c.Left, figure.Left),
                    Math.Max(c.Right, figure.Right),
                    c.Sum + figure.Center,
                    c.Count + 1,
                    Math.Max(c.Size, figure.Size)
                );
            }
            else
                columns.Add((figure.Left, figure.Right, figure.Center, 1, figure.Size));
        }
        return columns.Select(c => (c.Left, c.Right, c.Sum / c.Count)).ToList();
    }

    /// <summary>
    /// The value columns with those the header names but no row prints a figure in (总计 left blank throughout): a
    /// header word standing more than half a column's pitch from every column of figures heads a column of its own.
    /// </summary>
    private static List<(double Left, double Right, double Center)> WithHeadedBlankColumns(
        List<(double Left, double Right, double Center)> columns,
        List<Piece> headerWords
    )
    {
        if (columns.Count < 2)
            return columns;
        var pitch = (columns[^1].Center - columns[0].Center) / (columns.Count - 1);
        var lone = headerWords
            .Where(w => w.Right - w.Left <= 1.5 * pitch && columns.All(c => Math.Abs(c.Center - w.Center) > pitch / 2))
            .OrderBy(w => w.Center)
            .ToList();
        var added = new List<(double Left, double Right, double Center)>();
        foreach (var group in Columns(lone))
            if (columns.Concat(added).All(c => Math.Abs(c.Center - group.Center) > pitch / 2))
                added.Add(group);
        return added.Count == 0 ? columns : [.. columns.Concat(added).OrderBy(c => c.Center)];
    }

    private static int Nearest(List<(double Left, double Right, double Center)> columns, Piece piece)
    {
        var best = columns
            .Select((c, i) => (Distance: Math.Abs(c.Center - piece.Center), Index: i))
            .MinBy(c => c.Distance);
        return best.Distance <= piece.Size + (columns[best.Index].Right - columns[best.Index].Left) / 2
            ? best.Index
            : -1;
    }

    /// <summary>A row's cells: its labels right-aligned in the label columns (the item last), then a cell for every
    /// value column.</summary>
    private static IReadOnlyList<GridCell> RowCells(
        Row row,
        int index,
        List<(double Left, double Right, double Center)> columns,
        int labelWidth,
        int page
    )
    {
        var cells = new List<GridCell>();
        var first = labelWidth - row.Labels.Count;
        for (var l = 0; l < row.Labels.Count; l++)
        {
            var unit = row.Labels[l];
            cells.Add(
                Cell(
                    index,
                    first + l,
                    unit.Text,
                    new CellBox(unit.Left, unit.Bottom, unit.Pieces.Max(p => p.Right), unit.Top),
                    page
                )
            );
        }
        if (row.Labels.Count == 0)
            cells.Add(
                Cell(
                    index,
                    0,
                    "",
                    new CellBox(columns[0].Left - 2, row.Middle - 1, columns[0].Left - 1, row.Middle + 1),
                    page
                )
            );
        for (var c = 0; c < columns.Count; c++)
        {
            var doubtful = row.Figures?.DoubtfulColumns.Contains(c) == true;
            if (row.Figures?.Cells[c] is { } figure)
                cells.Add(
                    Cell(index, labelWidth + c, figure.Text, figure.Box, page) with
                    {
                        Doubtful = doubtful,
                        PageHeadRest = row.Figures.PageHeadRest,
                    }
                );
            else
            {
                var (bottom, top) = row.Figures is { } f ? (f.Bottom, f.Top) : (row.Middle - 1, row.Middle + 1);
                cells.Add(
                    Cell(
                        index,
                        labelWidth + c,
                        "",
                        new CellBox(columns[c].Center - 1, bottom, columns[c].Center + 1, top),
                        page
                    ) with
                    {
                        Doubtful = doubtful,
                    }
                );
            }
        }
        return cells;
    }

    /// <summary>
    /// The header rows: per value column, its words from the lines above joined top to bottom (商业 / 企业); words
    /// spanning several columns (申请人情况, 法人或其他组织) a row of their own above; the text left of the columns one cell.
    /// A header begun at the previous page's foot (<paramref name="raised"/>) reads on into this page's lines; each
    /// cell is located on this page where some of its text stands here, on the previous page otherwise.
    /// </summary>
    private static IEnumerable<IReadOnlyList<GridCell>> HeaderRows(
        List<StreamLine> lines,
        HashSet<Piece> lifted,
        List<(double Left, double Right, double Center)> columns,
        double valueLeft,
        int labelWidth,
        int page,
        RaisedFoot? raised
    )
    {
        if (lines.Count == 0)
            yield break;
        var pieces = lines.SelectMany(l => l.Pieces).Where(p => !lifted.Contains(p)).ToList();
        var label = pieces.Where(p => p.Center < valueLeft).OrderByDescending(p => p.Top).ToList();
        // header words of neighbouring narrow columns run together into one piece: apart again where a gap shows
        var over = pieces.Where(p => p.Center >= valueLeft).SelectMany(Words).ToList();
        var pitch =
            columns.Count > 1 ? (columns[^1].Center - columns[0].Center) / (columns.Count - 1) : double.MaxValue;
        var spanning = over.Where(p => p.Right - p.Left > 1.5 * pitch).OrderByDescending(p => p.Top).ToList();
        var labelText = string.Concat(label.Select(p => p.Text));
        GridCell LabelCell(int row) => HeaderCell(row, 0, labelText, label, page, raised) with { ColSpan = labelWidth };

        var row = 0;
        foreach (var wide in spanning)
        {
            var first = columns.FindIndex(c => c.Right >= wide.Left);
            var last = columns.FindLastIndex(c => c.Left <= wide.Right);
            if (first < 0 || last < first)
                continue;
            yield return
            [
                LabelCell(row),
                HeaderCell(row, labelWidth + first, wide.Text, [wide], page, raised) with
                {
                    ColSpan = last - first + 1,
                },
            ];
            row++;
        }
        var words = columns.Select(_ => new List<Piece>()).ToArray();
        foreach (var piece in over.Except(spanning))
        foreach (var glyphs in SplitByColumn(piece, columns))
            words[glyphs.Column].Add(glyphs.Piece);
        var cells = new List<GridCell> { LabelCell(row) };
        var ownLines = lines.Where(l => !l.Carried).DefaultIfEmpty(lines[^1]).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            var texts = words[c].OrderByDescending(p => p.Top).ToList();
            cells.Add(
                texts.Count == 0
                    ? Cell(
                        row,
                        labelWidth + c,
                        "",
                        new CellBox(
                            columns[c].Center - 1,
                            ownLines[^1].Line.Bottom,
                            columns[c].Center + 1,
                            ownLines[0].Line.Top
                        ),
                        page
                    )
                    : HeaderCell(row, labelWidth + c, string.Concat(texts.Select(p => p.Text)), texts, page, raised)
            );
        }
        yield return cells;
    }

    /// <summary>A header cell of the given pieces, boxed round those on this page, or round those of the previous page
    /// when all are.</summary>
    private static GridCell HeaderCell(int row, int col, string text, List<Piece> pieces, int page, RaisedFoot? raised)
    {
        if (pieces.Count == 0)
            return Cell(row, col, text, null, page);
        var own = raised is null ? pieces : pieces.Where(p => p.Bottom < raised.Floor).ToList();
        static CellBox Round(List<Piece> boxed) =>
            new(boxed.Min(p => p.Left), boxed.Min(p => p.Bottom), boxed.Max(p => p.Right), boxed.Max(p => p.Top));
        return own.Count > 0
            ? Cell(row, col, text, Round(own), page)
            : Cell(row, col, text, raised!.Lowered(Round(pieces)), raised.Page);
    }

    /// <summary>
    /// A piece split where a visible gap separates its glyphs (商业 科研 printed close over two narrow columns); a word
    /// letter-spaced (行 政 复 议 over the columns of its group) stays one.
    /// </summary>
    private static IEnumerable<Piece> Words(Piece piece)
    {
        var words = new List<List<Glyph>> { new() { piece.Glyphs[0] } };
        for (var i = 1; i < piece.Glyphs.Count; i++)
        {
            var (previous, glyph) = (piece.Glyphs[i - 1], piece.Glyphs[i]);
            if (glyph.Left - previous.Right > 0.3 * Math.Max(glyph.Size, previous.Size))
                words.Add([]);
            words[^1].Add(glyph);
        }
        return LetterSpaced(piece.Glyphs, words.Count) ? [piece] : words.Select(w => new Piece(w));
    }

    /// <summary>
    /// Three or more single characters set apart by one and the same gap: a word printed letter-spaced (自 然 人), not
    /// the words of neighbouring columns, whose gaps follow the columns' widths.
    /// </summary>
    private static bool LetterSpaced(List<Glyph> glyphs, int wordCount)
    {
        if (wordCount < 3 || wordCount != glyphs.Count)
            return false;
        var gaps = glyphs.Zip(glyphs.Skip(1), (a, b) => b.Left - a.Right).ToList();
        return gaps.Max() - gaps.Min() <= 0.1 * glyphs.Max(g => g.Size);
    }

    /// <summary>A header piece's glyphs by the column each stands over (a line of header words close together is one
    /// piece).</summary>
    private static IEnumerable<(int Column, Piece Piece)> SplitByColumn(
        Piece piece,
        List<(double Left, double Right, double Center)> columns
    )
    {
        var bounds = columns
            .Select((c, i) => i + 1 < columns.Count ? (c.Center + columns[i + 1].Center) / 2 : double.MaxValue)
            .ToList();
        return piece
            .Glyphs.GroupBy(g => bounds.FindIndex(b => g.CenterX < b))
            .Where(g => g.Key >= 0)
            .Select(g => (g.Key, new Piece([.. g])));
    }

    /// <summary>A cell placed by position; a header cell that prints nothing has no box: it is on the page, no more is
    /// known.</summary>
    private static GridCell Cell(int row, int col, string text, CellBox? box, int page) =>
        new(row, col, text, box is { } b ? Locator.OnPage(page, b) : Locator.OnPage(page))
        {
            Basis = ColumnBasis.Position,
        };
}
