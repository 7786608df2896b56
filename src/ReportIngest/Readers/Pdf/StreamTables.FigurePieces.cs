using ReportIngest.Text;

namespace ReportIngest.Readers.Pdf;

/// <summary>What a piece of a table line is: a whole figure, the head or the end of one wrapped over lines, a unit
/// alone, figures run together; and how it stands against the table's figures.</summary>
internal static partial class StreamTables
{
    /// <summary>
    /// The parts of a figure stacked over lines, joined, read as one figure: a number, not beginning with a nought (０ /
    /// ０ / ６ is no figure: 1,006 whose 1 and separator stand apart).
    /// </summary>
    private static bool IsWholeFigure(string joined)
    {
        if (!CellValueParser.IsNumber(joined))
            return false;
        var digits = LabelNormalizer.Normalize(joined).TrimStart('-', '+');
        return !(digits.Length > 1 && digits[0] == '0' && char.IsDigit(digits[1]));
    }

    /// <summary>Digits in the figures' place that read as no figure (2,261101): figures run together over their
    /// columns.</summary>
    private static bool IsGarbled(Piece piece) =>
        !piece.IsFigure
        && !IsFigureHead(piece)
        && piece.Text.Any(char.IsDigit)
        && string.Concat(
            piece.Text.Where(c =>
                !(char.IsDigit(c) || char.IsWhiteSpace(c) || c is ',' or '，' or '.' or '．' or '+' or '-' or '－')
            )
        )
            is var rest
        && (rest.Length == 0 || CellValueParser.IsUnit(rest));

    /// <summary>
    /// The first line of a figure wrapped inside or right after its thousands group (2,5 over 30 or 2, over 530 is
    /// 2,530): no figure on its own (read alone it is unreadable), but the head of one.
    /// </summary>
    private static bool IsFigureHead(Piece piece) =>
        !piece.IsFigure && ThousandsCut().IsMatch(LabelNormalizer.Normalize(piece.Text));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(,\d{3})*,\d{0,2}$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsCut();

    private static bool IsDigits(Piece piece) =>
        piece.Text.All(c => char.IsDigit(c) || c is ',' or '，' or '.' or '．');

    /// <summary>The last part of a figure wrapped over lines: digits, or digits and the unit the figure ends with (12 /
    /// 8件).</summary>
    private static bool EndsFigure(Piece piece) =>
        IsDigits(piece)
        || (
            piece.Text.Length > 0
            && char.IsDigit(piece.Text[0])
            && CellValueParser.Parse(piece.Text) is { Status: CellStatus.Value, Unit: not null }
        );

    /// <summary>A unit word alone (件, 项, 元, 万元 …): the end of a figure wrapped in a narrow column (12 / 件).</summary>
    private static bool IsUnit(Piece piece) => !piece.IsFigure && CellValueParser.IsUnit(piece.Text);

    /// <summary>The piece stands right under the figure, at line spacing, overlapping it.</summary>
    private static bool Above(Piece figure, Piece piece) =>
        figure.Bottom - piece.Top <= 0.6 * piece.Size
        && figure.Bottom > piece.Top - 0.5 * piece.Size
        && piece.Left <= figure.Right
        && piece.Right >= figure.Left;

    /// <summary>The figures of a table line: after its label, or all of them in a line of figures (or of one figure)
    /// alone.</summary>
    private static IEnumerable<Piece> FiguresOf(StreamLine line) =>
        line.Pieces.Where((p, i) => p.IsFigure && (i > 0 || line.StartsTable || line.Pieces.Count == 1));

    /// <summary>
    /// Most of a line's figures stand under none of the columns of a table that already has a few rows: another table.
    /// Close under the last figures, placeholders alone (— 无 /) are the blank cells of the row above printed at another
    /// height, not a table's figures; <paramref name="farBelow"/> them, they count.
    /// </summary>
    private static bool StandsApart(List<Piece> line, List<Piece> figures, bool farBelow)
    {
        var numbers = farBelow ? line : line.Where(f => CellValueParser.IsNumber(f.Text)).ToList();
        return figures.Count >= 6 && numbers.Count >= 2 && numbers.Count(f => !Aligned(f, figures)) * 2 > numbers.Count;
    }

    private static bool Aligned(Piece piece, List<Piece> figures) =>
        figures.Any(f => Math.Abs(f.Center - piece.Center) <= f.Size);
}
