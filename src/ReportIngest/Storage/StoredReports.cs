using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Storage;

/// <summary>
/// One stored report with everything the rules read: its facts, table versions, the cells a structural warning casts
/// doubt on, and its text.
/// </summary>
public sealed record StoredReport(ReportRow Row, IReadOnlyList<Fact> Facts, IReadOnlyDictionary<string, TemplateVersion> Versions,
    IReadOnlyCollection<string> DoubtfulCells, string Text);

/// <summary>
/// Reads every stored report for checking in a handful of queries, not a handful per report: facts stream in storage
/// order (a document's facts are stored together) and are handed out one report at a time, so memory holds one
/// report's facts, not the database's.
/// </summary>
public sealed class StoredReports(SqliteConnection connection)
{
    private static Fact ParseFact(string joined)
    {
        var p = joined.Split('|', 8); // table|row|col|status|value|unit|page|raw — raw last, it may itself hold a '|'
        return new Fact(p[0], p[1], p[2], p[4].Length == 0 ? null : StoredValues.ToDecimal(p[4]), p[7], CellStatusNames.Parse(p[3]),
            p[5].Length == 0 ? null : p[5], p[6].Length == 0 ? null : int.Parse(p[6], System.Globalization.CultureInfo.InvariantCulture), "");
    }

    /// <param name="rowCodes">Only the facts of these rows (the cross-year rules need few); null for all.</param>
    /// <param name="withText">Whether to read the reports' running text (the narrative rules need it).</param>
    /// <param name="part">Only reports whose id modulo <paramref name="parts"/> is this, for reading on several connections at once.</param>
    /// <param name="parts">Into how many parts the reports are split.</param>
    public IEnumerable<StoredReport> Read(IReadOnlyCollection<string>? rowCodes = null, bool withText = true, int part = 0, int parts = 1)
    {
        var queries = new ReportQueries(connection);
        var reports = queries.Reports().Where(r => r.ReportId % parts == part).ToDictionary(r => r.ReportId);
        var versions = connection.Query<(long ReportId, string Table, string Template)>(
                "SELECT report_id, table_code, template FROM report_tables WHERE report_id % @parts = @part", new { parts, part })
            .Where(t => TemplateVersionCodes.Parse(t.Template) is not null)
            .GroupBy(t => t.ReportId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, TemplateVersion>)g.ToDictionary(t => t.Table, t => TemplateVersionCodes.Parse(t.Template)!.Value));
        var doubtful = connection.Query<(long ReportId, string Cells)>(
                "SELECT report_id, cells FROM findings WHERE rule = 'S-STRUCT' AND severity <> 'info' AND report_id % @parts = @part", new { parts, part })
            .GroupBy(f => f.ReportId)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.SelectMany(f => f.Cells.Split(';', StringSplitOptions.RemoveEmptyEntries)).ToHashSet());
        var texts = withText
            ? connection.Query<(long Id, string Text)>("SELECT id, text FROM reports WHERE id % @parts = @part", new { parts, part }).ToDictionary(t => t.Id, t => t.Text)
            : [];

        // The hot loop of a check over a large database: the facts in storage order (each report's together, no sort),
        // each row's columns joined by SQLite into one string, so a fact costs one value to read. Locators are
        // evidence for people, not input to the rules: left out.
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT report_id, table_code || '|' || row_code || '|' || col_code || '|' || status || '|' || COALESCE(value, '')
                   || '|' || COALESCE(unit, '') || '|' || COALESCE(page, '') || '|' || raw
            FROM facts WHERE report_id % $parts = $part {(rowCodes is null ? "" : $"AND row_code IN ({string.Join(',', rowCodes.Select((_, i) => $"$r{i}"))})")}
            ORDER BY id
            """;
        command.Parameters.AddWithValue("$parts", parts);
        command.Parameters.AddWithValue("$part", part);
        if (rowCodes is not null)
            foreach (var (code, i) in rowCodes.Select((c, i) => (c, i))) command.Parameters.AddWithValue($"$r{i}", code);
        using var reader = command.ExecuteReader();
        var current = new List<Fact>();
        var done = new HashSet<long>();
        long? reportId = null;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (reportId is { } previous && id != previous)
            {
                if (reports.ContainsKey(previous)) yield return Assemble(previous, current); // else stored after this check began
                done.Add(previous);
                current = [];
                // DocumentStore writes a document's facts in one transaction from one writer, so they are contiguous.
                if (done.Contains(id)) throw new InvalidOperationException($"the facts of report {id} are not stored together; the database was written by something else");
            }
            reportId = id;
            current.Add(ParseFact(reader.GetString(1)));
        }
        if (reportId is { } last && reports.ContainsKey(last)) yield return Assemble(last, current);

        StoredReport Assemble(long id, List<Fact> reportFacts) =>
            new(reports[id], reportFacts, versions.GetValueOrDefault(id) ?? new Dictionary<string, TemplateVersion>(),
                doubtful.GetValueOrDefault(id) ?? [], texts.GetValueOrDefault(id) ?? "");
    }
}
