using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// A document flattened to lines in reading order: each grid row is one line of cells, each text block one line
/// with a single cell. Extraction walks these, keeping track of which section and sub-table it is in.
/// </summary>
public sealed record ReportLine(IReadOnlyList<GridCell> Cells, Locator Locator, bool IsGridRow, int? GridIndex)
{
    public string Text => string.Concat(Cells.Select(c => c.Text));

    /// <summary>A row's label on a line of its own, beside (above or under) a line that holds figures and nothing
    /// else: its row's figures may stand there (a conversion that put each cell on a line of its own), so it is never
    /// read as a row printed blank.</summary>
    public bool FiguresBeside { get; init; }

    /// <summary>A text line the source marks as a heading (Markdown's #, HTML's h1–h6): a caption, never a
    /// row.</summary>
    public bool IsHeading { get; init; }

    public string Normalized { get; init; } = LabelNormalizer.Normalize(string.Concat(Cells.Select(c => c.Text)));

    /// <summary>The line's cells split into labels and values, worked out once for the cells it holds.</summary>
    public RowParts Parts =>
        _parts is { } parts && ReferenceEquals(_partsOf, Cells) ? parts : _parts = RowParts.Split(_partsOf = Cells);

    private RowParts? _parts;
    private IReadOnlyList<GridCell>? _partsOf;

    public static IEnumerable<ReportLine> From(Document document)
    {
        var gridIndex = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    yield return new ReportLine(
                        [new GridCell(0, 0, text.Text, text.Locator) { Basis = ColumnBasis.Sequence }],
                        text.Locator,
                        false,
                        null
                    )
                    {
                        IsHeading = text.IsHeading,
                    };
                    break;
                case GridBlock grid:
                    if (!grid.ContinuesPrevious || gridIndex == 0)
                        gridIndex++;
                    foreach (var row in grid.Grid.Rows.Where(r => r.Count > 0))
                        yield return new ReportLine(row, row[0].Locator, true, gridIndex);
                    break;
            }
        }
    }
}
