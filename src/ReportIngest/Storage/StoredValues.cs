using System.Globalization;

namespace ReportIngest.Storage;

/// <summary>Decimals are stored as invariant text so that no value is rounded through a floating-point
/// column.</summary>
internal static class StoredValues
{
    public static string? ToText(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);

    public static decimal? ToDecimal(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
