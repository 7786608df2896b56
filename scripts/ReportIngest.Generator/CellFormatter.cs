using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Prints a cell the way filers type it: blank as an empty cell, counts as plain integers (optionally "1,362" from
/// 1000 on), money exactly as entered (its decimals kept, "51340.00").
/// </summary>
public sealed record CellFormatter(bool ThousandsSeparators)
{
    public string Format(decimal? value, ValueKind kind) => value switch
    {
        null => "",
        { } money when kind == ValueKind.Money => money.ToString(CultureInfo.InvariantCulture),
        { } count when ThousandsSeparators && Math.Abs(count) >= 1000 => count.ToString("#,0", CultureInfo.InvariantCulture),
        { } count => count.ToString("0", CultureInfo.InvariantCulture),
    };
}
