namespace ReportIngest.Extraction;

/// <summary>The grid columns a header cell covers, first to last inclusive.</summary>
public readonly record struct ColumnSpan(int First, int Last)
{
    public bool Overlaps(int first, int last) => first <= Last && last >= First;
}
