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

        // The hot loop of a check over a large database: read column by column, no per-value boxing; locators are
        // evidence for people, not input to the rules, and are left out.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_id, table_code, row_code, col_code, value, raw, status, unit, page FROM facts" +
                              (rowCodes is null ? "" : $" WHERE row_code IN ({string.Join(',', rowCodes.Select((_, i) => $"$r{i}"))})") + " ORDER BY report_id, id";
        if (rowCodes is not null)
            foreach (var (code, i) in rowCodes.Select((c, i) => (c, i))) command.Parameters.AddWithValue($"$r{i}", code);
        using var reader = command.ExecuteReader();
        var current = new List<Fact>();
        long? reportId = null;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (reportId is { } previous && id != previous)
            {
                yield return Assemble(previous, current);
                current = [];
            }
            reportId = id;
            current.Add(new Fact(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : StoredValues.ToDecimal(reader.GetString(4)), reader.GetString(5), CellStatusNames.Parse(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetInt32(8), ""));
        }
        if (reportId is { } last) yield return Assemble(last, current);

        StoredReport Assemble(long id, List<Fact> reportFacts) =>
            new(reports[id], reportFacts, versions.GetValueOrDefault(id) ?? new Dictionary<string, TemplateVersion>(),
                structural.GetValueOrDefault(id) ?? [], texts.GetValueOrDefault(id) ?? "");
    }
}
