using System.Globalization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// Prints a cell the way filers type it: blank as an empty cell, counts as plain integers (optionally "1,362" from
/// 1000 on), money exactly as entered (its decimals kept, "51340.00"), optionally followed by the column's unit
/// ("251000元", template.md §8.4).
/// </summary>
public sealed record CellFormatter(bool ThousandsSeparators, bool MoneyUnits = false)
{
    public string Format(decimal? value, ValueKind kind) => value switch
    {
        null => "",
        { } money when kind == ValueKind.Money => money.ToString(CultureInfo.InvariantCulture),
        { } count when ThousandsSeparators && Math.Abs(count) >= 1000 => count.ToString("#,0", CultureInfo.InvariantCulture),
        { } count => count.ToString("0", CultureInfo.InvariantCulture),
    };

    /// <summary>A cell of <paramref name="column"/>: as <see cref="Format(decimal?, ValueKind)"/>, with the unit after a money figure when <see cref="MoneyUnits"/>.</summary>
    public string Format(decimal? value, ColumnDefinition column)
    {
        var text = Format(value, column.Kind);
        return MoneyUnits && value is not null && column.Kind == ValueKind.Money && column.Unit is { } unit ? text + unit : text;
    }
}
