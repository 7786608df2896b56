namespace ReportIngest.Readers.Pdf;

/// <summary>
/// A glyph as extraction needs it: its text, baseline, font size and its em box (PDF points, origin bottom-left): the
/// advance from the baseline start to end, from the descender to the ascender. The em box, unlike the outline box,
/// is the same for 一 and 里 and for a comma, so glyphs of one line align.
/// </summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>
    /// The right edge of the no-break spaces printed right after the glyph (a web page's cell padded with &amp;nbsp;):
    /// nothing is seen of them, but a browser wraps the glyph together with them. 0 where none follow.
    /// </summary>
    public double GluedRight { get; init; }

    /// <summary>Where the glyph and the no-break spaces glued to it end.</summary>
    public double OuterRight => Math.Max(Right, GluedRight);

    public double Bottom => Baseline - Size * 0.15;
    public double Top => Baseline + Size * 0.85;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Bottom + Top) / 2;
}
