namespace ReportIngest.Readers.Pdf;

/// <summary>A line of glyphs on a baseline, left to right, with its box and text.</summary>
internal sealed class GlyphLine
{
    public GlyphLine(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        (Left, Right, Bottom, Top) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        OuterRight = double.MinValue;
        foreach (var glyph in glyphs)
        {
            (Left, Right, Bottom, Top) = (
                Math.Min(Left, glyph.Left),
                Math.Max(Right, glyph.Right),
                Math.Min(Bottom, glyph.Bottom),
                Math.Max(Top, glyph.Top)
            );
            OuterRight = Math.Max(OuterRight, glyph.OuterRight);
        }
        Text = TextLines.Join(glyphs);
    }

    public List<Glyph> Glyphs { get; }
    public double Left { get; }
    public double Right { get; }

    /// <summary>Where the line ends with the no-break spaces glued to its glyphs: a browser centres that.</summary>
    public double OuterRight { get; }

    public double Bottom { get; }
    public double Top { get; }
    public string Text { get; }
}
