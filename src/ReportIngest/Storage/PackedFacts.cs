using System.Globalization;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Storage;

/// <summary>
/// A report's facts packed into one text in <c>report_cells</c>, written with the <c>facts</c> rows in the same
/// transaction, for the checker: a check over a large database reads one row per report instead of hundreds, and
/// stepping SQLite row by row cost more than all the rules together. <c>facts</c> stays the record that exports,
/// <c>show</c> and evidence read. A fact is <c>table.row.col|status|value|unit|page|basis|raw</c>; facts are separated
/// by U+001E, which a raw text never holds (it is shown as U+FFFD if one did). New reports are packed here in memory
/// (<see cref="Pack"/>); the migration that added the table packs stored ones in SQL (<see cref="PackSql"/>), which a
/// test keeps equal.
/// </summary>
internal sealed class PackedFacts
{
    private const char FactSeparator = '\u001e';

    /// <summary>Packs the facts of the reports meeting <paramref name="condition"/> (on <c>facts</c>) into
    /// <c>report_cells</c>.</summary>
    public static string PackSql(string condition) =>
        $"""
            INSERT OR REPLACE INTO report_cells (report_id, cells)
            SELECT report_id, group_concat(table_code || '.' || row_code || '.' || col_code || '|' || status || '|' || COALESCE(value, '') || '|'
                                           || COALESCE(unit, '') || '|' || COALESCE(page, '') || '|' || COALESCE(basis, '') || '|'
                                           || replace(raw, char(30), char(65533)), char(30))
            FROM facts WHERE {condition} GROUP BY report_id
            """;

    /// <summary>The packed text of <paramref name="facts"/>, as <see cref="PackSql"/> would build it from their
    /// rows.</summary>
    public static string Pack(IEnumerable<Fact> facts) =>
        string.Join(
            FactSeparator,
            facts.Select(f =>
                string.Join(
                    '|',
                    f.Key,
                    f.Status.ToCode(),
                    StoredValues.ToText(f.Value) ?? "",
                    f.Unit ?? "",
                    f.Page?.ToString(CultureInfo.InvariantCulture) ?? "",
                    f.Basis?.ToCode() ?? "",
                    f.Raw.Replace(FactSeparator, '\uFFFD')
                )
            )
        );

    private const int MaxShared = 100_000;
    private readonly Dictionary<string, (string Table, string Row, string Col)> _cells = [];
    private readonly Dictionary<string, string> _texts = [];

    /// <summary>
    /// The facts of one packed text, each of the rows in <paramref name="rowCodes"/> when given. Cell codes and
    /// short texts ("0", "-") repeat across reports: they are shared, not a new string per fact.
    /// </summary>
    public List<Fact> Unpack(string packed, IReadOnlySet<string>? rowCodes)
    {
        var facts = new List<Fact>(packed.Length / 20);
        var cells = _cells.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in packed.AsSpan().Split(FactSeparator))
        {
            var fact = packed.AsSpan(range);
            var key = Field(ref fact);
            if (!cells.TryGetValue(key, out var codes))
            {
                var text = key.ToString();
                codes = CellKey.Split(text);
                if (_cells.Count < MaxShared)
                    _cells.Add(text, codes);
            }
            if (rowCodes is not null && !rowCodes.Contains(codes.Row))
                continue;
            var status = Field(ref fact);
            var value = Field(ref fact);
            var unit = Field(ref fact);
            var page = Field(ref fact);
            var basis = Field(ref fact);
            facts.Add(
                new Fact(
                    codes.Table,
                    codes.Row,
                    codes.Col,
                    value.IsEmpty ? null : Number(value),
                    Shared(fact),
                    CellStatusNames.Parse(status),
                    unit.IsEmpty ? null : Shared(unit),
                    page.IsEmpty ? Locator.None : Locator.OnPage(int.Parse(page, CultureInfo.InvariantCulture)),
                    ColumnBasisNames.Parse(basis)
                )
            );
        }
        return facts;
    }

    private static ReadOnlySpan<char> Field(ref ReadOnlySpan<char> fact)
    {
        var end = fact.IndexOf('|');
        if (end < 0)
            throw new FormatException("a packed fact has too few fields; report_cells was written by something else");
        var field = fact[..end];
        fact = fact[(end + 1)..];
        return field;
    }

    private static decimal Number(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private string Shared(ReadOnlySpan<char> text)
    {
        var texts = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (texts.TryGetValue(text, out var known))
            return known;
        var copy = text.ToString();
        if (text.Length <= 16 && _texts.Count < MaxShared)
            _texts.Add(copy, copy);
        return copy;
    }
}
