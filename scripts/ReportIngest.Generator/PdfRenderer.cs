using System.Globalization;
using System.Text;
using ReportIngest.Generator.Variations;

namespace ReportIngest.Generator;

/// <summary>
/// The report as a PDF exported from WPS or Word: A4 pages with the margins of an official document, the title in
/// 方正小标宋 22 pt centred (broken after the year when it is too long), paragraphs in 仿宋 16 pt on a 28.95 pt grid,
/// indented two characters and justified, headings in 黑体; the three tables as Word lays them out, with merged cells
/// (<see cref="ReportLayout"/>): section 二 as one table of 第二十条第（X）项 sub-tables, section 三 with its three header
/// rows and merged labels, section 四. Labels wrap inside their cells and every cell's text is centred vertically, so
/// a figure sits level with the middle of a label of several lines (at the top of its cell with
/// <see cref="Variation.TopAlignedCells"/>). Pages flow: a table that does not fit continues on
/// the next page between two rows, without repeating its header (section 三's is printed again with
/// <see cref="Variation.RepeatedHeaders"/>); a merged label cut by the break prints in the
/// larger part of its cell. Page numbers <c>- N -</c> are centred in the bottom margin.
/// </summary>
public static class PdfRenderer
{
    /// <param name="notes">Receives how the document is printed (rulings, variants, where tables break across pages),
    /// for the truth file.</param>
    public static byte[] Render(
        SyntheticReport report,
        CellFormatter formatter,
        PdfOptions options,
        ICollection<string>? notes = null
    ) => new Printer(report, formatter, options, notes ?? []).Print();

    /// <summary>One printed cell of a table: grid position and spans, text, and how the text is set.</summary>
    private sealed record Cell(
        int Row,
        int Col,
        int RowSpan,
        int ColSpan,
        string Text,
        bool IsValue,
        string? Key,
        bool AlignLeft,
        bool Vertical
    );

    /// <summary>A table ready to print: column widths, cells, and the height of every row.</summary>
    private sealed record Table(string Name, double[] Widths, List<Cell> Cells, double[] Heights, double FontSize)
    {
        public int RowCount => Heights.Length;

        /// <summary>How many rows, from the first, head the table again on every page it runs onto (<see
        /// cref="Variation.RepeatedHeaders"/>).</summary>
        public int RepeatedRows { get; init; }

        /// <summary>A row without figures (a header or sub-header row) is never left last on a page.</summary>
        public bool KeepsWithNext(int row) => !Cells.Any(c => c.Row == row && c.IsValue);

        /// <summary>The template row a data row prints (<c>s3.res_granted</c>), from its first figure's cell
        /// key.</summary>
        public string? RowName(int row) =>
            Cells.FirstOrDefault(c => c.Row == row && c.Key is not null)?.Key is { } key
                ? key[..key.LastIndexOf('.')]
                : null;
    }

    /// <summary>
    /// Rows <see cref="From"/> to <see cref="To"/> (exclusive) of a table on one page, their top at <see cref="Top"/>;
    /// under the table's header printed again above them when <see cref="Header"/> is set.
    /// </summary>
    private sealed record Fragment(
        PdfCanvas Page,
        int PageNumber,
        double Top,
        int From,
        int To,
        Fragment? Header = null
    );

    private sealed class Printer(
        SyntheticReport report,
        CellFormatter formatter,
        PdfOptions options,
        ICollection<string> notes
    )
    {
        // A4 with the margins of an official document (GB/T 9704): 28 characters of 16 pt a line.
        private const double Left = 74,
            TextWidth = 448,
            Right = Left + TextWidth;
        private const double TopEdge = PdfWriter.PageHeight - 105,
            BottomEdge = 99;
        private const double BodySize = 16,
            BodyLeading = 28.95,
            TitleSize = 22,
            TitleLeading = 36;
        private const double PageNumberSize = 14,
            PageNumberBaseline = 48;

        /// <summary>Cell padding left and right, and above and below the text.</summary>
        private const double CellPadding = 2.5,
            CellPaddingY = 3;

        private const double MinRowHeight = 18,
            StrokeWidth = 0.5,
            RectangleWidth = 0.75;

        private const string Closing = "，。、；：？！）》」』”’〕】〉…—％,.;:?!)]%";
        private const string Opening = "（《「『“‘〔【〈([";

        private readonly PdfWriter _pdf = new();
        private readonly List<string> _breaks = [];
        private PdfCanvas _page = null!;
        private double _y;

        private double TableLeading => options.TableFontSize * 1.3;

        public byte[] Print()
        {
            NewPage();
            Title();
            _y -= BodyLeading;
            Paragraph(ReportProse.Preamble(report));
            Heading(ReportProse.Heading(report, ReportProse.Overview), BodyLeading);
            foreach (var paragraph in ReportProse.OverviewParagraphs(report))
                Paragraph(paragraph);

            var proactive = ProactiveTable();
            Heading(ReportProse.Heading(report, ReportProse.Proactive), FirstRowsHeight(proactive));
            PrintTable(proactive);
            var requests = RequestsTable();
            Heading(ReportProse.Heading(report, ReportProse.Requests), FirstRowsHeight(requests));
            PrintTable(requests);
            var reviews = ReviewTables();
            Heading(ReportProse.Heading(report, ReportProse.ReviewLitigation), FirstRowsHeight(reviews[0]));
            foreach (var review in reviews)
                PrintTable(review);

            Heading(ReportProse.Heading(report, ReportProse.Problems), BodyLeading);
            Paragraph(ReportProse.ProblemsParagraph(report));
            Heading(ReportProse.Heading(report, ReportProse.Other), BodyLeading);
            Paragraph(ReportProse.OtherParagraph(report));
            _y -= BodyLeading;
            RightAligned(report.Agency);
            RightAligned(ReportProse.SignatureDate(report));

            for (var i = 0; i < _pdf.Pages.Count; i++)
            {
                var number = $"- {i + 1} -";
                Draw(
                    _pdf.Pages[i],
                    PdfFont.Table,
                    PageNumberSize,
                    (PdfWriter.PageWidth - PdfWriter.Width(number, PageNumberSize)) / 2,
                    PageNumberBaseline,
                    number
                );
            }
            AddNotes();
            foreach (var note in _breaks)
                notes.Add(note);
            return _pdf.Build(ReportProse.Title(report), report.SignedOn);
        }

        private void AddNotes()
        {
            notes.Add(
                $"PDF: A4, {_pdf.Pages.Count} pages, page numbers \"- N -\" centred in the bottom margin; CJK fonts not embedded "
                    + "(Type0, Identity-H, CIDFontType2 with widths only, ToUnicode CMap); body 仿宋_GB2312 16 pt, headings 黑体, tables 宋体 "
                    + $"{options.TableFontSize.ToString(CultureInfo.InvariantCulture)} pt, labels wrapped in their cells, figures centred vertically"
            );
            notes.Add(
                "rulings: "
                    + options.Rulings switch
                    {
                        PdfRulings.StrokedLines =>
                            "stroked lines of 0.5 pt, one path per ruling (as WPS and LibreOffice)",
                        PdfRulings.ThinRectangles => "every cell edge its own 0.75 pt filled rectangle (as Chromium)",
                        _ => "none: the tables' columns are aligned by position only",
                    }
            );
            if (options.VerticalGroupLabels)
                notes.Add(
                    $"section 三's merged {ReportLayout.ResultsBlock} printed one character per line down its cell"
                );
            if (options.FauxBold)
                notes.Add("title and headings drawn twice at the same position (faux bold)");
            if (options.ReviewTwoHeaderRows)
                notes.Add(
                    "section 四's header in two rows: 行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）, then the outcomes"
                );
        }

        // ---------------------------------------------------------------- flow

        private void NewPage()
        {
            _page = _pdf.AddPage();
            _y = TopEdge;
        }

        private bool Fits(double height) => _y - height >= BottomEdge - 0.01;

        /// <summary>The top of a slot of <paramref name="height"/>, on a new page when this one has no room.</summary>
        private double Take(double height)
        {
            if (!Fits(height))
                NewPage();
            var top = _y;
            _y -= height;
            return top;
        }

        /// <summary>The baseline that centres a glyph's em box (−0.15 to 0.85 of the size) in a slot.</summary>
        private static double Baseline(double slotTop, double slotHeight, double size) =>
            slotTop - slotHeight / 2 - 0.35 * size;

        private void Title()
        {
            var title = ReportProse.Title(report);
            string[] lines =
                PdfWriter.Width(title, TitleSize) <= TextWidth
                    ? [title]
                    :
                    [
                        title[..$"{report.Agency}{report.Year}年".Length],
                        title[$"{report.Agency}{report.Year}年".Length..],
                    ];
            foreach (var line in lines)
            {
                var top = Take(TitleLeading);
                Bold(
                    PdfFont.Title,
                    TitleSize,
                    Left + (TextWidth - PdfWriter.Width(line, TitleSize)) / 2,
                    Baseline(top, TitleLeading, TitleSize),
                    line
                );
            }
        }

        /// <summary>A heading in 黑体, indented two characters; it moves to the next page unless <paramref
        /// name="keepWith"/> points of what follows fit under it.</summary>
        private void Heading(string? text, double keepWith)
        {
            if (text is null)
                return;
            if (!Fits(BodyLeading + keepWith))
                NewPage();
            var top = Take(BodyLeading);
            Bold(PdfFont.Heading, BodySize, Left + 2 * BodySize, Baseline(top, BodyLeading, BodySize), text);
        }

        private void Bold(PdfFont font, double size, double x, double baseline, string text)
        {
            Draw(_page, font, size, x, baseline, text);
            if (options.FauxBold)
                Draw(_page, font, size, x, baseline, text);
        }

        /// <summary>A body paragraph: first line indented two characters, every line but the last justified.</summary>
        private void Paragraph(string text)
        {
            var indent = 2 * BodySize;
            var lines = Wrap(text, BodySize, TextWidth, hang: true, firstLineIndent: indent);
            for (var i = 0; i < lines.Count; i++)
            {
                var top = Take(BodyLeading);
                var x = Left + (i == 0 ? indent : 0);
                var spacing = 0.0;
                if (i < lines.Count - 1 && lines[i].Length > 1)
                    spacing = (Right - x - PdfWriter.Width(lines[i], BodySize)) / (lines[i].Length - 1);
                Draw(_page, PdfFont.Body, BodySize, x, Baseline(top, BodyLeading, BodySize), lines[i], spacing);
            }
        }

        /// <summary>A line set flush right, two characters in from the margin (the signature).</summary>
        private void RightAligned(string text)
        {
            var top = Take(BodyLeading);
            Draw(
                _page,
                PdfFont.Body,
                BodySize,
                Right - 2 * BodySize - PdfWriter.Width(text, BodySize),
                Baseline(top, BodyLeading, BodySize),
                text
            );
        }

        /// <summary>Every string goes onto the page here: in Traditional characters when the document is a Traditional
        /// copy.</summary>
        private void Draw(
            PdfCanvas page,
            PdfFont font,
            double size,
            double x,
            double baseline,
            string text,
            double spacing = 0
        ) =>
            page.Text(
                font,
                size,
                x,
                baseline,
                report.Style.Has(Variation.Traditional)
                    ? TraditionalScript.Convert(text, report.Style.TaiwanPhrases)
                    : text,
                spacing
            );

        // ---------------------------------------------------------------- line breaking

        /// <summary>
        /// Breaks text into lines of at most <paramref name="width"/> points: between any two CJK characters, never
        /// inside a run of ASCII (a number, "1."); never a closing mark at a line's start (with <paramref name="hang"/>
        /// it hangs past the margin, as in body text; else the character before it moves down too) nor an opening
        /// mark at a line's end.
        /// </summary>
        private static List<string> Wrap(string text, double size, double width, bool hang, double firstLineIndent = 0)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            var available = width - firstLineIndent;
            foreach (var token in Tokens(text))
            {
                var fits = PdfWriter.Width(line.ToString() + token, size) <= available + 0.01;
                if (line.Length == 0 || fits || (hang && Closing.Contains(token[0])))
                {
                    line.Append(token);
                    continue;
                }
                var carry = "";
                if (Closing.Contains(token[0]) && line.Length > 1)
                {
                    carry = line[^1].ToString();
                    line.Length--;
                }
                while (line.Length > 1 && Opening.Contains(line[^1]))
                {
                    carry = line[^1] + carry;
                    line.Length--;
                }
                lines.Add(line.ToString());
                line.Clear().Append(carry).Append(token);
                available = width;
            }
            if (line.Length > 0)
                lines.Add(line.ToString());
            return lines;
        }

        /// <summary>Runs of printable ASCII other than spaces stay whole; every other character is a token of its
        /// own.</summary>
        private static IEnumerable<string> Tokens(string text)
        {
            var run = new StringBuilder();
            foreach (var ch in text)
            {
                if (ch is > ' ' and <= '~')
                {
                    run.Append(ch);
                    continue;
                }
                if (run.Length > 0)
                    yield return run.ToString();
                run.Clear();
                yield return ch.ToString();
            }
            if (run.Length > 0)
                yield return run.ToString();
        }

        // ---------------------------------------------------------------- the three tables

        /// <summary>Section 二 as one Word table: each 第二十条第（X）项 row across the grid, its 信息内容 header and its
        /// rows.</summary>
        private Table ProactiveTable() =>
            BuildTable("section 二", [148, 100, 100, 100], [.. ReportLayout.ProactiveGrid(report, formatter)], _ =>
                false
            );

        /// <summary>
        /// Section 三: three label columns (三、本年度办理结果 narrow, the group labels, the items), the figures in columns
        /// of 30 pt (narrower when a 小计 column needs the room); with <see cref="Variation.NarrowTotals"/> the 总计
        /// column only 12 pt wide, so a figure of two digits wraps inside its cell.
        /// </summary>
        private Table RequestsTable()
        {
            var header = ReportLayout.RequestHeaderCells(report);
            var rows = ReportLayout.RequestRowCells(report, formatter).ToList();
            var count = ReportLayout.RequestColumns(report).Count;
            var value = Math.Min(30.0, (TextWidth - 238) / count);
            double[] values = report.Style.Has(Variation.NarrowTotals)
                ? [.. Enumerable.Repeat(value + (value - NarrowTotal) / (count - 1), count - 1), NarrowTotal]
                : [.. Enumerable.Repeat(value, count)];
            // Data labels of one row are set flush left; merged labels (三、本年度办理结果, （三）不予公开 …) and the header centred.
            return BuildTable("section 三", [36, 80, 122, .. values], [.. header, .. rows], (cell, row) =>
                row >= header.Length && !cell.IsValue && cell.RowSpan == 1
            ) with
            {
                RepeatedRows = report.Style.Has(Variation.RepeatedHeaders) ? header.Length : 0,
            };
        }

        private const double NarrowTotal = 12;

        /// <summary>Section 四: fifteen columns under the template's three header rows (or two, <see
        /// cref="PdfOptions.ReviewTwoHeaderRows"/>), or two tables.</summary>
        private List<Table> ReviewTables() =>
            [
                .. ReportLayout
                    .ReviewTables(report, formatter, options.ReviewTwoHeaderRows)
                    .Select(rows =>
                        BuildTable("section 四", [.. Enumerable.Repeat(TextWidth / 15, rows[^1].Length)], rows, _ =>
                            false
                        )
                    ),
            ];

        private Table BuildTable(
            string name,
            double[] widths,
            IReadOnlyList<LayoutCell[]> rows,
            Func<LayoutCell, bool> alignLeft
        ) => BuildTable(name, widths, rows, (cell, _) => alignLeft(cell));

        /// <summary>Places the merged cells on the grid (as <see cref="ReportLayout.Expand"/> does) and sizes every row
        /// to its text.</summary>
        private Table BuildTable(
            string name,
            double[] widths,
            IReadOnlyList<LayoutCell[]> rows,
            Func<LayoutCell, int, bool> alignLeft
        )
        {
            var taken = new HashSet<(int, int)>();
            var cells = new List<Cell>();
            for (var r = 0; r < rows.Count; r++)
            {
                var col = 0;
                foreach (var cell in rows[r])
                {
                    while (taken.Contains((r, col)))
                        col++;
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        taken.Add((r + dr, col + dc));
                    var vertical = options.VerticalGroupLabels && cell.Text == ReportLayout.ResultsBlock;
                    cells.Add(
                        new Cell(
                            r,
                            col,
                            cell.RowSpan,
                            cell.ColSpan,
                            cell.Text,
                            cell.IsValue,
                            cell.Key,
                            alignLeft(cell, r),
                            vertical
                        )
                    );
                    col += cell.ColSpan;
                }
            }

            var heights = new double[rows.Count];
            Array.Fill(heights, Math.Max(MinRowHeight, TableLeading + 2 * CellPaddingY));
            // Cells of one row first, then merged cells from the shortest span: a merged cell too short for its text
            // makes its last row taller.
            foreach (var cell in cells.OrderBy(c => c.RowSpan))
            {
                var need = LinesOf(cell, widths).Count * TableLeading + 2 * CellPaddingY;
                var have = heights.Skip(cell.Row).Take(cell.RowSpan).Sum();
                if (need > have)
                    heights[cell.Row + cell.RowSpan - 1] += need - have;
            }
            return new Table(name, widths, cells, heights, options.TableFontSize);
        }

        private List<string> LinesOf(Cell cell, double[] widths)
        {
            if (cell.Vertical)
                return [.. cell.Text.Select(c => c.ToString())];
            var room = CellWidth(cell, widths) - 2 * CellPadding;
            // a note's mark is set small against its figure: never a line of its own
            if (cell.Text.Length > 1 && cell.Text.EndsWith(ReportLayout.NoteMark, StringComparison.Ordinal))
            {
                var lines = LinesOf(cell with { Text = cell.Text[..^1] }, widths);
                return [.. lines[..^1], lines[^1] + ReportLayout.NoteMark];
            }
            if (
                cell.IsValue
                && report.Style.Has(Variation.NarrowTotals)
                && PdfWriter.Width(cell.Text, options.TableFontSize) > room
            )
                return Stacked(cell.Text, room);
            return Wrap(cell.Text, options.TableFontSize, room, hang: false);
        }

        /// <summary>A figure wider than its cell, broken between digits as Word and LibreOffice break it: as many as
        /// fit on each line.</summary>
        private List<string> Stacked(string figure, double room)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var ch in figure)
            {
                if (line.Length > 0 && PdfWriter.Width(line + ch, options.TableFontSize) > room)
                {
                    lines.Add(line);
                    line = "";
                }
                line += ch;
            }
            lines.Add(line);
            return lines;
        }

        private static double CellWidth(Cell cell, double[] widths) => widths.Skip(cell.Col).Take(cell.ColSpan).Sum();

        /// <summary>The height of a table's rows up to and including its first row of figures (what a heading keeps
        /// with).</summary>
        private static double FirstRowsHeight(Table table)
        {
            var height = 0.0;
            for (var r = 0; r < table.RowCount; r++)
            {
                height += table.Heights[r];
                if (!table.KeepsWithNext(r))
                    break;
            }
            return height;
        }

        // ---------------------------------------------------------------- tables across pages

        /// <summary>Prints a table from the current position, breaking it between rows where the page ends.</summary>
        private void PrintTable(Table table)
        {
            var fragments = new List<Fragment>();
            var from = 0;
            var headerHeight = table.Heights.Take(table.RepeatedRows).Sum();
            while (from < table.RowCount)
            {
                // on a later page the header first, when the table repeats it
                var header =
                    from > 0 && table.RepeatedRows > 0
                        ? new Fragment(_page, _pdf.Pages.Count, _y, 0, table.RepeatedRows)
                        : null;
                var headed = header is null ? 0 : headerHeight;
                var to = from;
                var height = headed;
                while (to < table.RowCount && Fits(height + table.Heights[to]))
                    height += table.Heights[to++];
                if (to < table.RowCount)
                    while (to > from && table.KeepsWithNext(to - 1))
                        height -= table.Heights[--to];
                if (to == from)
                {
                    if (_y < TopEdge)
                    {
                        NewPage();
                        continue;
                    }
                    height = headed + table.Heights[to++]; // a row taller than a page: printed anyway
                }
                fragments.Add(new Fragment(_page, _pdf.Pages.Count, _y - headed, from, to, header));
                _y -= height;
                from = to;
                if (from < table.RowCount)
                    NewPage();
            }
            _y -= BodyLeading / 2;

            foreach (var fragment in fragments)
            {
                if (fragment.Header is { } header)
                    PrintFragment(table, header, [header]);
                PrintFragment(table, fragment, fragments);
            }
            NoteBreaks(table, fragments);
        }

        private void NoteBreaks(Table table, List<Fragment> fragments)
        {
            foreach (var fragment in fragments.Skip(1))
            {
                var cut = table
                    .Cells.Where(c =>
                        !c.IsValue && c.Text.Length > 0 && c.Row < fragment.From && c.Row + c.RowSpan > fragment.From
                    )
                    .Select(c => $"{c.Text} printed on page {TextFragment(table, c, fragments).PageNumber}")
                    .ToList();
                _breaks.Add(
                    $"{table.Name} continues on page {fragment.PageNumber} from row {table.RowName(fragment.From) ?? fragment.From.ToString(CultureInfo.InvariantCulture)}, "
                        + (fragment.Header is null ? "its header not repeated" : "under its header printed again")
                        + (
                            cut.Count > 0
                                ? $"; merged labels cut by the break: {string.Join(", ", cut)} (the larger part of the cell)"
                                : ""
                        )
                );
            }
        }

        /// <summary>The fragment that holds most of a cell: where its text is printed when a page break cuts
        /// it.</summary>
        private static Fragment TextFragment(Table table, Cell cell, List<Fragment> fragments) =>
            fragments
                .Where(f => f.From < cell.Row + cell.RowSpan && cell.Row < f.To)
                .MaxBy(f =>
                    Enumerable
                        .Range(
                            Math.Max(f.From, cell.Row),
                            Math.Min(f.To, cell.Row + cell.RowSpan) - Math.Max(f.From, cell.Row)
                        )
                        .Sum(r => table.Heights[r])
                )!;

        private void PrintFragment(Table table, Fragment fragment, List<Fragment> fragments)
        {
            var tops = new double[table.RowCount + 1];
            tops[fragment.From] = fragment.Top;
            for (var r = fragment.From; r < fragment.To; r++)
                tops[r + 1] = tops[r] - table.Heights[r];

            var edges = new List<(bool Horizontal, double At, double From, double To)>();
            foreach (var cell in table.Cells.Where(c => c.Row < fragment.To && c.Row + c.RowSpan > fragment.From))
            {
                var x0 = Left + table.Widths.Take(cell.Col).Sum();
                var x1 = x0 + CellWidth(cell, table.Widths);
                var (top, bottom) = (
                    tops[Math.Max(cell.Row, fragment.From)],
                    tops[Math.Min(cell.Row + cell.RowSpan, fragment.To)]
                );
                edges.Add((true, top, x0, x1));
                edges.Add((true, bottom, x0, x1));
                edges.Add((false, x0, bottom, top));
                edges.Add((false, x1, bottom, top));
                if (TextFragment(table, cell, fragments) == fragment)
                    CellText(fragment.Page, table, cell, x0, x1, bottom, top);
            }
            Rulings(fragment.Page, edges);
        }

        /// <summary>A cell's lines centred vertically in its box (at its top with <see
        /// cref="Variation.TopAlignedCells"/>); a vertical label one character per line, closer together if the box is
        /// short.</summary>
        private void CellText(PdfCanvas page, Table table, Cell cell, double x0, double x1, double bottom, double top)
        {
            var size = table.FontSize;
            var lines = LinesOf(cell, table.Widths);
            var step = cell.Vertical
                ? Math.Min(TableLeading, (top - bottom - 2 * CellPaddingY) / lines.Count)
                : TableLeading;
            var blockTop = report.Style.Has(Variation.TopAlignedCells)
                ? top - CellPaddingY
                : (top + bottom) / 2 + lines.Count * step / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                var (text, mark) = lines[i].EndsWith(ReportLayout.NoteMark, StringComparison.Ordinal)
                    ? (lines[i][..^1], "1")
                    : (lines[i], "");
                var width = PdfWriter.Width(text, size) + PdfWriter.Width(mark, size * MarkSize);
                var x = cell.AlignLeft ? x0 + CellPadding : x0 + (x1 - x0 - width) / 2;
                var baseline = Baseline(blockTop - i * step, step, size);
                Draw(page, PdfFont.Table, size, x, baseline, text);
                Draw(
                    page,
                    PdfFont.Table,
                    size * MarkSize,
                    x + PdfWriter.Width(text, size),
                    baseline + size * MarkRise,
                    mark
                );
            }
        }

        /// <summary>A note's mark (<see cref="Variation.NoteMarks"/>) is set as Word sets a superscript: smaller,
        /// raised by a third of the size.</summary>
        private const double MarkSize = 0.58,
            MarkRise = 0.33;

        /// <summary>
        /// The borders of the cells, each edge once: stroked lines, one path per ruling (collinear edges that touch
        /// joined); or each edge its own thin filled rectangle; or nothing.
        /// </summary>
        private void Rulings(PdfCanvas page, List<(bool Horizontal, double At, double From, double To)> edges)
        {
            var distinct = edges
                .Select(e =>
                    (e.Horizontal, At: Math.Round(e.At, 2), From: Math.Round(e.From, 2), To: Math.Round(e.To, 2))
                )
                .Distinct()
                .ToList();
            switch (options.Rulings)
            {
                case PdfRulings.StrokedLines:
                    foreach (
                        var line in distinct
                            .GroupBy(e => (e.Horizontal, e.At))
                            .OrderByDescending(g => g.Key.Horizontal)
                            .ThenBy(g => g.Key.Horizontal ? -g.Key.At : g.Key.At)
                    )
                    {
                        foreach (var (from, to) in Joined(line.Select(e => (e.From, e.To))))
                        {
                            if (line.Key.Horizontal)
                                page.Line(from, line.Key.At, to, line.Key.At, StrokeWidth);
                            else
                                page.Line(line.Key.At, to, line.Key.At, from, StrokeWidth);
                        }
                    }
                    break;
                case PdfRulings.ThinRectangles:
                    const double half = RectangleWidth / 2;
                    foreach (var e in distinct)
                    {
                        if (e.Horizontal)
                            page.FillRectangle(
                                e.From - half,
                                e.At - half,
                                e.To - e.From + RectangleWidth,
                                RectangleWidth
                            );
                        else
                            page.FillRectangle(
                                e.At - half,
                                e.From - half,
                                RectangleWidth,
                                e.To - e.From + RectangleWidth
                            );
                    }
                    break;
            }
        }

        /// <summary>Intervals on one line joined where they overlap or touch.</summary>
        private static IEnumerable<(double From, double To)> Joined(IEnumerable<(double From, double To)> intervals)
        {
            (double From, double To)? open = null;
            foreach (var (from, to) in intervals.OrderBy(i => i.From))
            {
                if (open is { } o && from <= o.To + 0.01)
                {
                    open = (o.From, Math.Max(o.To, to));
                    continue;
                }
                if (open is { } done)
                    yield return done;
                open = (from, to);
            }
            if (open is { } last)
                yield return last;
        }
    }
}
