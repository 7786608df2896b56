using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportIngest.Generator;

/// <summary>
/// The report as a Word document (DOCX) written with the Open XML SDK, its tables with Word's merged cells (gridSpan,
/// vMerge) from <see cref="ReportLayout"/>, and as <see cref="DocxOptions"/> says: runs split inside figures and
/// labels, section 三 broken by a page break into two tables, tracked changes, fields and a content control.
/// </summary>
public static class DocxRenderer
{
    public static byte[] Render(
        SyntheticReport report,
        CellFormatter formatter,
        DocxOptions options,
        ICollection<string> notes,
        Random random
    )
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            new Writer(report, formatter, options, notes, random, body).Write();
            if (report.Style.Has(Variations.Variation.Traditional))
                foreach (var text in body.Descendants<WordText>())
                    text.Text = Variations.TraditionalScript.Convert(text.Text, report.Style.TaiwanPhrases);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private sealed class Writer(
        SyntheticReport report,
        CellFormatter formatter,
        DocxOptions options,
        ICollection<string> notes,
        Random random,
        Body body
    )
    {
        public void Write()
        {
            Add(Paragraph(ReportProse.Title(report), style: "Title"));
            Add(
                options.TrackedChanges
                    ? TrackedProse(ReportProse.Preamble(report))
                    : Paragraph(ReportProse.Preamble(report))
            );
            Heading(ReportProse.Overview);
            foreach (var text in ReportProse.OverviewParagraphs(report))
                Add(Paragraph(text));

            Heading(ReportProse.Proactive);
            Add(Table(ReportLayout.ProactiveGrid(report, formatter).ToList(), ProactiveWidths));

            Heading(ReportProse.Requests);
            Requests();

            Heading(ReportProse.ReviewLitigation);
            foreach (var rows in ReportLayout.ReviewTables(report, formatter))
            {
                var review = Table(rows, Even(rows[^1].Length));
                if (options.FieldsAndControls)
                {
                    body.Append(
                        new SdtBlock(
                            new SdtProperties(new SdtAlias { Val = "行政复议行政诉讼" }, new Tag { Val = "s4" }),
                            new SdtContentBlock(review)
                        )
                    );
                    notes.Add("DOCX: section 四 inside a content control (w:sdt)");
                }
                else
                    Add(review);
            }

            Heading(ReportProse.Problems);
            Add(Paragraph(ReportProse.ProblemsParagraph(report)));
            Heading(ReportProse.Other);
            Add(Paragraph(ReportProse.OtherParagraph(report)));
            Add(Paragraph(report.Agency));
            if (options.FieldsAndControls)
            {
                var date = ReportProse.SignatureDate(report);
                Add(
                    new Paragraph(
                        new SimpleField(new Run(new WordText(date))) { Instruction = " DATE \\@ \"yyyy年M月d日\" " }
                    )
                );
                Add(
                    new Paragraph(
                        new Run(new WordText("第 ") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(" PAGE ")),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                        new Run(new WordText("1")),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                        new Run(new WordText(" 页") { Space = SpaceProcessingModeValues.Preserve })
                    )
                );
                notes.Add(
                    "DOCX: the signing date a DATE field (w:fldSimple with its result); a PAGE field (w:fldChar, w:instrText, result)"
                );
            }
            else
                Add(Paragraph(ReportProse.SignatureDate(report)));
        }

        private void Requests()
        {
            var header = ReportLayout.RequestHeaderCells(report);
            var rows = report.Template.Table("s3")!.Rows;
            if (!options.PageBreakSplit)
            {
                var repeated = report.Style.Has(Variations.Variation.RepeatedHeaders) ? header.Length : 0;
                Add(Table([.. header, .. ReportLayout.RequestRowCells(report, formatter)], RequestWidths(), repeated));
                if (repeated > 0)
                    notes.Add(
                        "DOCX: section 三's header rows repeat at the top of every page the table runs onto (w:tblHeader)"
                    );
                return;
            }
            var candidates = Enumerable
                .Range(1, rows.Count - 1)
                .Where(i => ReportLayout.IsResultRow(rows[i - 1].Code) && ReportLayout.IsResultRow(rows[i].Code))
                .ToList();
            var split = candidates[random.Next(candidates.Count)];
            Add(
                Table(
                    [.. header, .. ReportLayout.RequestRowCells(report, formatter, 0, split, repeatCutLabels: true)],
                    RequestWidths()
                )
            );
            Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            Add(
                Table(
                    [.. ReportLayout.RequestRowCells(report, formatter, split, rows.Count, repeatCutLabels: false)],
                    RequestWidths()
                )
            );
            notes.Add(
                $"DOCX: section 三 broken by a page break into two tables before row {rows[split].Code}; the second has no header, cut merged labels left empty"
            );
        }

        private void Add(OpenXmlElement element) => body.Append(element);

        private void Heading(string template)
        {
            if (ReportProse.Heading(report, template) is { } heading)
                Add(Paragraph(heading, style: "Heading1"));
        }

        private Paragraph Paragraph(string text, string? style = null)
        {
            var paragraph = new Paragraph(Runs(text));
            if (style is not null)
                paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            return paragraph;
        }

        /// <summary>Prose with tracked changes: a deleted phrase (not in the accepted text) and an inserted
        /// one.</summary>
        private Paragraph TrackedProse(string text)
        {
            notes.Add("DOCX: tracked changes: a deleted phrase and an inserted one in the preamble");
            return new Paragraph(
                new Run(new WordText(text)),
                new DeletedRun(new Run(new DeletedText("（征求意见稿，请勿引用）"))) { Author = "审核", Id = "1" },
                new InsertedRun(new Run(new WordText("（正式版）"))) { Author = "审核", Id = "2" }
            );
        }

        /// <summary>One run, or two splitting the text at a random point (Word keeps runs apart wherever an edit or a
        /// language change fell).</summary>
        private Run[] Runs(string text)
        {
            // a note's reference after a figure, as Word sets it: a superscript run
            if (text.Length > 1 && text.EndsWith(ReportLayout.NoteMark, StringComparison.Ordinal))
                return
                [
                    .. Runs(text[..^1]),
                    new Run(
                        new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                        new WordText("1")
                    ),
                ];
            if (!options.SplitRuns || text.Length < 2 || random.Next(3) == 0)
                return [Run(text)];
            var cut = 1 + random.Next(text.Length - 1);
            return [Run(text[..cut]), Run(text[cut..])];
        }

        private static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

        /// <summary>The text width of an A4 page with Word's default margins, in twentieths of a point.</summary>
        private const int TextWidth = 8300;

        private static readonly int[] ProactiveWidths = [2300, 2000, 2000, 2000];

        private static int[] Even(int columns) => [.. Enumerable.Repeat(TextWidth / columns, columns)];

        /// <summary>Section 三's grid as Word templates size it: three label columns, then the figures sharing the
        /// rest.</summary>
        private int[] RequestWidths()
        {
            var values = ReportLayout.RequestColumns(report).Count;
            return [600, 1200, 2300, .. Enumerable.Repeat((TextWidth - 4100) / values, values)];
        }

        /// <param name="repeatedRows">How many rows, from the first, Word repeats at the top of each page the table
        /// runs onto.</param>
        private Table Table(IReadOnlyList<LayoutCell[]> rows, int[] widths, int repeatedRows = 0)
        {
            var placed = Place(rows);
            var width = placed.Count == 0 ? 0 : placed.Max(p => p.Col + p.Cell.ColSpan);
            if (widths.Length != width)
                widths = Even(width);
            var border = options.Borderless ? BorderValues.None : BorderValues.Single;
            var table = new Table(
                new TableProperties(
                    new TableWidth
                    {
                        Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Type = TableWidthUnitValues.Dxa,
                    },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableBorders(
                        new TopBorder { Val = border, Size = 4 },
                        new BottomBorder { Val = border, Size = 4 },
                        new LeftBorder { Val = border, Size = 4 },
                        new RightBorder { Val = border, Size = 4 },
                        new InsideHorizontalBorder { Val = border, Size = 4 },
                        new InsideVerticalBorder { Val = border, Size = 4 }
                    )
                ),
                new TableGrid(
                    widths.Select(w => new GridColumn
                    {
                        Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    })
                )
            );
            var corrected = false;
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new TableRow();
                if (r < repeatedRows)
                    row.Append(new TableRowProperties(new TableHeader()));
                for (var col = 0; col < width; )
                {
                    var origin = placed.FirstOrDefault(p => p.Row == r && p.Col == col);
                    var above = placed.FirstOrDefault(p => p.Row < r && p.Row + p.Cell.RowSpan > r && p.Col == col);
                    if (origin.Cell is { } cell)
                    {
                        var tc = Cell(cell.ColSpan, cell.RowSpan > 1 ? MergedCellValues.Restart : null);
                        if (
                            options.TrackedChanges
                            && !corrected
                            && cell.IsValue
                            && cell.Text.Length > 0
                            && char.IsAsciiDigit(cell.Text[^1])
                        )
                        {
                            // the filer first typed another figure, then corrected it with changes tracked
                            tc.Append(
                                new Paragraph(
                                    new DeletedRun(new Run(new DeletedText(cell.Text + "9")))
                                    {
                                        Author = "填报",
                                        Id = "3",
                                    },
                                    new InsertedRun(Run(cell.Text)) { Author = "填报", Id = "4" }
                                )
                            );
                            notes.Add(
                                $"DOCX: {cell.Key} corrected with tracked changes ({cell.Text}9 deleted, {cell.Text} inserted)"
                            );
                            corrected = true;
                        }
                        else
                            tc.Append(new Paragraph(Runs(cell.Text)));
                        row.Append(tc);
                        col += cell.ColSpan;
                    }
                    else if (above.Cell is { } merged)
                    {
                        row.Append(
                            Cell(merged.ColSpan, MergedCellValues.Continue).AppendChild(new Paragraph()).Parent!
                        );
                        col += merged.ColSpan;
                    }
                    else
                    {
                        row.Append(Cell(1, null).AppendChild(new Paragraph()).Parent!);
                        col++;
                    }
                }
                table.Append(row);
            }
            return table;
        }

        private TableCell Cell(int span, MergedCellValues? merge)
        {
            var properties = new TableCellProperties();
            if (span > 1)
                properties.Append(new GridSpan { Val = span });
            if (merge is { } value)
                properties.Append(new VerticalMerge { Val = value });
            // report templates centre their cells; Word's own default is the top
            var top = report.Style.Has(Variations.Variation.TopAlignedCells);
            properties.Append(
                new TableCellVerticalAlignment
                {
                    Val = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center,
                }
            );
            return new TableCell(properties);
        }

        /// <summary>Each cell at its first free grid position, as a table with row and column spans fills its
        /// grid.</summary>
        private static List<(int Row, int Col, LayoutCell Cell)> Place(IReadOnlyList<LayoutCell[]> rows)
        {
            var occupied = new HashSet<(int, int)>();
            var placed = new List<(int, int, LayoutCell)>();
            for (var r = 0; r < rows.Count; r++)
            {
                var col = 0;
                foreach (var cell in rows[r])
                {
                    while (occupied.Contains((r, col)))
                        col++;
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        occupied.Add((r + dr, col + dc));
                    placed.Add((r, col, cell));
                    col += cell.ColSpan;
                }
            }
            return placed;
        }
    }
}
