namespace ReportIngest.Readers;

/// <summary>A field of a space-aligned line: its text and the display columns it covers (a CJK character counts
/// two).</summary>
public sealed record AlignedField(string Text, int Start, int End);
