namespace ReportIngest.Text;

/// <summary>
/// Digits printed raised or lowered (a note's reference after a figure: 80<c>&lt;sup&gt;1&lt;/sup&gt;</c>) written as
/// the superscript or subscript digits they are, so that the cell's text shows the mark (80¹) and is never read as a
/// longer number (801): <see cref="CellValueParser"/> reads no figure with a digit printed as a mark.
/// </summary>
public static class NoteMarks
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    public static string Raised(string text) => Map(text, Superscripts);

    public static string Lowered(string text) => Map(text, Subscripts);

    private static string Map(string text, string digits) =>
        text.Any(char.IsAsciiDigit)
            ? string.Concat(text.Select(c => char.IsAsciiDigit(c) ? digits[c - '0'] : c))
            : text;
}
