namespace ReportIngest.Readers.Pdf;

/// <summary>
/// A ruled table found on a page: its grid lines (<see cref="Xs"/> left to right, <see cref="Ys"/> top to bottom),
/// its cells with spans, and which cell covers each grid position.
/// </summary>
internal sealed record LatticeTable(double[] Xs, double[] Ys, List<LatticeCell> Cells, int[,] CellAt)
{
    public double Left => Xs[0];
    public double Right => Xs[^1];
    public double Top => Ys[0];
    public double Bottom => Ys[^1];
    public double Area => (Right - Left) * (Top - Bottom);

    public bool Contains(Glyph glyph) =>
        glyph.CenterX >= Left && glyph.CenterX <= Right && glyph.CenterY >= Bottom && glyph.CenterY <= Top;

    /// <summary>
    /// The index in <see cref="Cells"/> of the cell the glyph's centre falls in (the glyph must be inside the table);
    /// a glyph cut by its row's top ruling with a good part of it above is the cell above's text run over its foot
    /// (text that does not fit flows down, as in a header cell split by a page break), never the row below's.
    /// </summary>
    public int CellOf(Glyph glyph)
    {
        var (centerX, centerY) = (glyph.CenterX, glyph.CenterY);
        var col = Xs.Length - 1;
        while (col >= 0 && Xs[col] > centerX)
            col--;
        var row = Ys.Length - 1;
        while (row >= 0 && Ys[row] < centerY)
            row--;
        (col, row) = (Math.Clamp(col, 0, Xs.Length - 2), Math.Clamp(row, 0, Ys.Length - 2));
        var height = glyph.Top - glyph.Bottom;
        if (row > 0 && glyph.Top - Ys[row] >= OverflowShare * height && glyph.Bottom >= Ys[row + 1])
            row--;
        return CellAt[row, col];
    }

    /// <summary>The share of a glyph's height above its row's top ruling that makes it the cell above's
    /// overflow.</summary>
    private const double OverflowShare = 0.3;
}
