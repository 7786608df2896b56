using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Text;

/// <summary>
/// Parses the text of a table cell as printed in real reports: full-width digits, thousands separators,
/// units (元, 万元, 件, 项, 个, 条), signs and the words 增/减 on deltas, placeholders (<c>-</c>, <c>—</c>, <c>/</c>, <c>无</c>).
/// Anything else is <see cref="CellStatus.Unreadable"/>: a number is never guessed.
/// </summary>
public static partial class CellValueParser
{
    private static readonly HashSet<string> Placeholders = ["-", "--", "—", "——", "–", "―", "/", "\\", "无", "－"];

    /// <summary>True when the text reads as a number.</summary>
    public static bool IsNumber(string? text) => Parse(text).Status == CellStatus.Value;

    /// <summary>True when the text is what a value cell prints: a number or a placeholder.</summary>
    public static bool IsValueOrPlaceholder(string? text) =>
        Parse(text).Status is CellStatus.Value or CellStatus.Placeholder;

    /// <summary>Figures from here on are not read as numbers (10^15).</summary>
    public const decimal MaxFigure = 1_000_000_000_000_000m;

    /// <summary>Readings of cell texts already parsed: the same few hundred texts (0, 1, -, 12件) fill every report's
    /// cells.</summary>
    private static readonly BoundedMemo<CellReading> Readings = new(Read, maxLength: 40);

    public static CellReading Parse(string? raw) => raw is null ? CellReading.Blank : Readings.Get(raw);

    /// <summary>
    /// True when the text is a figure with a note's mark before or after it (80¹, 12①, 12*, ※5, 80注, 80（注1）): a value
    /// cell, never a label, whether or not <see cref="Parse"/> reads it (a digit printed as a mark after a figure is
    /// read past; a note written as a word is not).
    /// </summary>
    public static bool IsMarkedFigure(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var whole = NoteWord().Replace(trimmed, "");
        if (whole.Length < trimmed.Length && IsNumber(whole))
            return true;
        var (start, end) = (0, whole.Length);
        while (start < end && IsNoteMark(whole[start]))
            start++;
        while (end > start && IsNoteMark(whole[end - 1]))
            end--;
        return (start > 0 || end < whole.Length) && end > start && IsNumber(whole[start..end]);
    }

    /// <summary>
    /// True when the text is figures a reader found in one cell and kept apart, joined by " | " (3 | 5: two rows'
    /// figures in a cell missing its ruling, or a figure wrapped in a way that could be two): a value cell that reads
    /// unreadable.
    /// </summary>
    public static bool IsFigurePieces(string? text) =>
        text is not null
        && text.Contains(PiecesSeparator, StringComparison.Ordinal)
        && text.Split(PiecesSeparator).All(IsNumber);

    /// <summary>What a reader puts between figures it found in one cell and keeps apart.</summary>
    public const string PiecesSeparator = " | ";

    private static bool IsDigitMark(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber;

    private static bool IsNoteMark(char c) =>
        IsDigitMark(c) || c is '*' or '＊' or '※' or '†' or '‡' || char.IsWhiteSpace(c);

    /// <summary>True when the text is a unit a figure is printed with (件, 项, 元, 万元 …), alone.</summary>
    public static bool IsUnit(string text) => Units.Get(text);

    /// <summary>Units already recognised: a PDF page asks for each of its glyphs.</summary>
    private static readonly BoundedMemo<bool> Units = new(
        text =>
            text.Length > 0
            && !text.Any(char.IsDigit)
            && Parse("0" + text) is { Status: CellStatus.Value, Unit: not null },
        maxLength: 8
    );

    /// <summary>No figure of a report is longer: a longer cell is text, and is not parsed as a number at all.</summary>
    public const int MaxFigureLength = 64;

    private static CellReading Read(string raw)
    {
        if (raw.Length > 4 * MaxFigureLength)
            return CellReading.Unreadable; // a million digits: not a figure, and not worth parsing
        // a digit printed as a mark (¹, ①, ⑴) is a digit once normalised: 80¹ would read 801. After a figure it is a
        // note's reference, and the figure is read (the mark stays in the cell's raw text); anywhere else the cell is
        // not read
        var end = raw.Length;
        while (end > 0 && (IsDigitMark(raw[end - 1]) || char.IsWhiteSpace(raw[end - 1])))
            end--;
        if (end < raw.TrimEnd().Length)
            return Read(raw[..end]) is { Status: CellStatus.Value } figure ? figure : CellReading.Unreadable;
        if (raw.Any(IsDigitMark))
            return CellReading.Unreadable;
        var text = Compact(raw);
        if (text.Length > MaxFigureLength)
            return CellReading.Unreadable;
        if (text.Length == 0)
            return CellReading.Blank;
        // digits on both sides of a space are two figures run together (2553 122件: two cells' figures in one piece of a
        // line) unless the spaces separate thousands (1 234 567) or every digit (1 3 6 2: wide tracking)
        if (DigitsAcrossSpace().IsMatch(raw) && !SpacedDigits().IsMatch(Nfkc.Normalize(raw).Trim()))
            return CellReading.Unreadable;
        if (Placeholders.Contains(text))
            return CellReading.Placeholder;

        var match = NumberPattern().Match(text);
        if (!match.Success)
            return CellReading.Unreadable;

        var digits = match.Groups["num"].Value.Replace(",", "");
        // a figure of a quadrillion or more is no count or amount a report holds: digits run together (OCR, a split
        // cell), so it is not read as a number; this also keeps every value within the exports' decimal columns
        if (
            !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value >= MaxFigure
        )
            return CellReading.Unreadable;

        var sign = match.Groups["sign"].Value;
        if (sign is "-" or "减" or "减少")
            value = -value;
        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        return new CellReading(CellStatus.Value, value, unit);
    }

    private static string Compact(string raw)
    {
        var nfkc = SimplifiedChinese.FoldCharacters(Nfkc.Normalize(raw)); // 減少, 項, 萬元 in Traditional copies
        var sb = new StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || ch == '\uFEFF')
                continue;
            sb.Append(ch is '−' or '‐' or '‑' ? '-' : ch);
        }
        return sb.ToString();
    }

    /// <summary>A note referred to in words after a figure: 注, 注1, （注）, (注2).</summary>
    [GeneratedRegex(@"\s*(?:[（(]\s*注\s*[0-9一二三四五六七八九十]*\s*[）)]|注\s*[0-9一二三四五六七八九十]*)$")]
    private static partial Regex NoteWord();

    [GeneratedRegex(@"\d\s+\d")]
    private static partial Regex DigitsAcrossSpace();

    [GeneratedRegex(@"^\D*(?:\d{1,3}(?:\s\d{3})+|\d(?:\s+\d)+)(?:\.\d+)?\D*$")]
    private static partial Regex SpacedDigits();

    // Thousands separators are accepted only in valid groups of three, so "1,2" is never read as 12.
    [GeneratedRegex(
        @"^(?<sign>[+-]|增加|增|减少|减)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>万元|元|件|项|个|条)?$"
    )]
    private static partial Regex NumberPattern();
}
