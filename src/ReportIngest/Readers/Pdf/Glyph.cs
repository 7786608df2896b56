namespace ReportIngest.Readers.Pdf;

/// <summary>
/// A glyph as extraction needs it: its text, baseline, font size and its em box (PDF points, origin bottom-left): the
/// advance from the baseline start to end, from the descender to the ascender. The em box, unlike the outline box,
/// is the same for 一 and 里 and for a comma, so glyphs of one line align.
/// </summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    public double Bottom => Baseline - Size * 0.15;
    public double Top => Baseline + Size * 0.85;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Bottom + Top) / 2;
}
