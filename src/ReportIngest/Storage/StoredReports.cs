using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Extraction;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Storage;

/// <summary>One stored report with everything the rules read: its facts, table versions, structural findings and text.</summary>
public sealed record StoredReport(ReportRow Row, IReadOnlyList<Fact> Facts, IReadOnlyDictionary<string, TemplateVersion> Versions,
    IReadOnlyList<Finding> Structural, string Text);

/// <summary>
/// Reads every stored report for checking in a handful of queries, not a handful per report: facts stream in report
/// order and are handed out one report at a time, so memory holds one report's facts, not the database's.
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
    public IEnumerable<StoredReport> Read(IReadOnlyCollection<string>? rowCodes = null, bool withText = true)
    {
        var queries = new ReportQueries(connection);
        var reports = queries.Reports().ToDictionary(r => r.ReportId);
        var versions = connection.Query<(long ReportId, string Table, string Template)>("SELECT report_id, table_code, template FROM report_tables")
            .Where(t => TemplateVersionCodes.Parse(t.Template) is not null)
            .GroupBy(t => t.ReportId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, TemplateVersion>)g.ToDictionary(t => t.Table, t => TemplateVersionCodes.Parse(t.Template)!.Value));
        var structural = queries.Findings().Where(f => f.Rule == "S-STRUCT").GroupBy(f => f.ReportId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.Select(f => f.ToFinding()).ToList());
        var texts = withText ? connection.Query<(long Id, string Text)>("SELECT id, text FROM reports").ToDictionary(t => t.Id, t => t.Text) : [];

        // The hot loop of a check over a large database: SQLite joins each report's facts into one string, so a report
        // costs one row to read instead of hundreds. Locators are evidence for people, not input to the rules: left out.
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT report_id, group_concat(table_code || '|' || row_code || '|' || col_code || '|' || status || '|' || COALESCE(value, '')
                   || '|' || COALESCE(unit, '') || '|' || COALESCE(page, '') || '|' || raw, char(30) ORDER BY id)
            FROM facts {(rowCodes is null ? "" : $"WHERE row_code IN ({string.Join(',', rowCodes.Select((_, i) => $"$r{i}"))})")}
            GROUP BY report_id ORDER BY report_id
            """;
        if (rowCodes is not null)
            foreach (var (code, i) in rowCodes.Select((c, i) => (c, i))) command.Parameters.AddWithValue($"$r{i}", code);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return Assemble(reader.GetInt64(0), reader.GetString(1).Split('\u001e').Select(ParseFact).ToList());

        StoredReport Assemble(long id, List<Fact> reportFacts) =>
            new(reports[id], reportFacts, versions.GetValueOrDefault(id) ?? new Dictionary<string, TemplateVersion>(),
                structural.GetValueOrDefault(id) ?? [], texts.GetValueOrDefault(id) ?? "");
    }
}
