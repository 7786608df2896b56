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

        var filter = rowCodes is null ? "" : "WHERE row_code IN @rowCodes";
        var facts = connection.Query<(long ReportId, string Table, string Row, string Col, string? Value, string Raw, string Status, string? Unit, long? Page, string Locator)>(
            $"SELECT report_id, table_code, row_code, col_code, value, raw, status, unit, page, locator FROM facts {filter} ORDER BY report_id, id",
            new { rowCodes }, buffered: false);

        var current = new List<Fact>();
        long? reportId = null;
        foreach (var f in facts)
        {
            if (reportId is { } id && f.ReportId != id)
            {
                yield return Assemble(id, current);
                current = [];
            }
            reportId = f.ReportId;
            current.Add(new Fact(f.Table, f.Row, f.Col, StoredValues.ToDecimal(f.Value), f.Raw, CellStatusNames.Parse(f.Status), f.Unit, (int?)f.Page, f.Locator));
        }
        if (reportId is { } last) yield return Assemble(last, current);

        StoredReport Assemble(long id, List<Fact> reportFacts) =>
            new(reports[id], reportFacts, versions.GetValueOrDefault(id) ?? new Dictionary<string, TemplateVersion>(),
                structural.GetValueOrDefault(id) ?? [], texts.GetValueOrDefault(id) ?? "");
    }
}
