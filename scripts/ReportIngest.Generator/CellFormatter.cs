using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Prints a cell the way filers type it: blank as an empty cell, counts as plain integers (optionally "1,362" from
/// 1000 on), money exactly as entered (its decimals kept, "51340.00"), optionally followed by the column's unit
/// ("251000元", template.md §8.4). <see cref="CountUnits"/> writes counts with their unit (12件), <see
/// cref="SignedDeltas"/> writes 2019's 本年增/减 with its sign ("+12") or in words ("增加12", "减少3"; §8.5), <see
/// cref="FullWidthDigits"/> types every figure with a full-width input method (１２，３４５).
/// </summary>
public sealed record CellFormatter(bool ThousandsSeparators, bool MoneyUnits = false)
{
    public bool CountUnits { get; init; }
    public DeltaStyle SignedDeltas { get; init; }
    public bool FullWidthDigits { get; init; }

    public string Format(decimal? value, ValueKind kind)
    {
        var text = value switch
        {
            null => "",
            { } money when kind == ValueKind.Money => money.ToString(CultureInfo.InvariantCulture),
            { } count when ThousandsSeparators && Math.Abs(count) >= 1000 => count.ToString(
                "#,0",
                CultureInfo.InvariantCulture
            ),
            { } count => count.ToString("0", CultureInfo.InvariantCulture),
        };
        if (kind == ValueKind.SignedCount && value is { } delta && delta != 0)
            text = SignedDeltas switch
            {
                DeltaStyle.Sign when delta > 0 => "+" + text,
                DeltaStyle.Words => (delta > 0 ? "增加" : "减少") + text.TrimStart('-'),
                _ => text,
            };
        return FullWidthDigits ? FullWidth(text) : text;
    }

    /// <summary>A cell of <paramref name="column"/>: as <see cref="Format(decimal?, ValueKind)"/>, with the unit after
    /// a figure when the style prints units.</summary>
    public string Format(decimal? value, ColumnDefinition column)
    {
        var text = Format(value, column.Kind);
        if (value is null)
            return text;
        if (MoneyUnits && column.Kind == ValueKind.Money && column.Unit is { } unit)
            return text + unit;
        if (CountUnits && column.Kind != ValueKind.Money)
            return text + (column.Code.StartsWith("items_", StringComparison.Ordinal) ? "项" : "件");
        return text;
    }

    /// <summary>Digits, separators, signs and the decimal point as typed with a full-width input method.</summary>
    public static string FullWidth(string text) =>
        string.Concat(
            text.Select(c =>
                c switch
                {
                    >= '0' and <= '9' => (char)('０' + (c - '0')),
                    ',' => '，',
                    '.' => '．',
                    '+' => '＋',
                    '-' => '－',
                    _ => c,
                }
            )
        );
}

/// <summary>How 2019's 本年增/减 prints a change: as the number (-3), with its sign (+12) or in words (增加12,
/// 减少3).</summary>
public enum DeltaStyle
{
    Plain,
    Sign,
    Words,
}
