using ReportIngest.Documents;

namespace ReportIngest.Extraction;

/// <summary>Everything seen of one template table: its header cells (by grid) and the data rows mapped to it.</summary>
public sealed class TableObservation(string table)
{
    private readonly Dictionary<int, List<GridCell>> _headerCellsByGrid = [];

    public string Table { get; } = table;
    public List<ObservedRow> Rows { get; } = [];
    public List<UnlabeledRow> Unlabeled { get; } = [];

    /// <summary>Normalised header texts from grids and text lines alike: the evidence for version detection.</summary>
    public List<string> HeaderTexts { get; } = [];

    public void AddHeader(IReadOnlyList<GridCell> cells, int? gridIndex)
    {
        HeaderTexts.AddRange(cells.Select(c => Text.LabelNormalizer.Normalize(c.Text)).Where(t => t.Length > 0));
        if (gridIndex is not { } index) return;
        if (!_headerCellsByGrid.TryGetValue(index, out var list)) _headerCellsByGrid[index] = list = [];
        list.AddRange(cells);
    }

    public IReadOnlyList<GridCell> HeaderCells(int? gridIndex) =>
        gridIndex is { } index && _headerCellsByGrid.TryGetValue(index, out var list) ? list : [];
}
