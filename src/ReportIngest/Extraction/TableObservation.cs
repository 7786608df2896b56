using ReportIngest.Documents;

namespace ReportIngest.Extraction;

/// <summary>Everything seen of one template table: its header cells (by grid) and the data rows mapped to it.</summary>
public sealed class TableObservation(string table)
{
    private readonly Dictionary<int, List<GridCell>> _headerCellsByGrid = [];
    private readonly Dictionary<int, int> _widthByGrid = [];

    public string Table { get; } = table;
    public List<ObservedRow> Rows { get; } = [];
    public List<UnlabeledRow> Unlabeled { get; } = [];

    /// <summary>Normalised header texts from grids and text lines alike: the evidence for version detection.</summary>
    public List<string> HeaderTexts { get; } = [];

    public void AddHeader(IReadOnlyList<GridCell> cells, int? gridIndex)
    {
        HeaderTexts.AddRange(cells.Select(c => Text.LabelNormalizer.Normalize(c.Text)).Where(t => t.Length > 0));
        if (gridIndex is not { } index)
            return;
        if (!_headerCellsByGrid.TryGetValue(index, out var list))
            _headerCellsByGrid[index] = list = [];
        list.AddRange(cells);
    }

    /// <summary>The header cells of a grid.</summary>
    public IReadOnlyList<GridCell> HeaderCells(int? gridIndex) =>
        gridIndex is { } index && _headerCellsByGrid.TryGetValue(index, out var own) ? own : [];

    /// <summary>
    /// For a grid that goes on with a table after a page break or a page number, without a header of its own: the
    /// header cells of the nearest grid before it that has them and is as wide.
    /// </summary>
    public IReadOnlyList<GridCell> InheritedHeaderCells(int? gridIndex)
    {
        if (gridIndex is not { } index || !_widthByGrid.TryGetValue(index, out var width))
            return [];
        var earlier = _headerCellsByGrid
            .Keys.Where(g => g < index && _widthByGrid.GetValueOrDefault(g) == width)
            .DefaultIfEmpty(-1)
            .Max();
        return earlier >= 0 ? _headerCellsByGrid[earlier] : [];
    }

    /// <summary>Notes a row of a grid, whose width (its last grid column) tells a continuation of the table from
    /// another one.</summary>
    public void NoteRow(IReadOnlyList<GridCell> cells, int? gridIndex)
    {
        if (gridIndex is not { } index || cells.Count == 0)
            return;
        var width = cells.Max(c => c.Col + c.ColSpan);
        _widthByGrid[index] = Math.Max(_widthByGrid.GetValueOrDefault(index), width);
    }
}
