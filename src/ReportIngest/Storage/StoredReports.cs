using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Checking;
using ReportIngest.Evidence;
using ReportIngest.Templates;

namespace ReportIngest.Storage;

/// <summary>
/// Reads stored reports for checking in a handful of queries, not a handful per report: each report's facts come
/// packed in one row (<see cref="PackedFacts"/>) and are handed out one report at a time, so memory holds one
/// report's facts, not the database's.
/// </summary>
public sealed class StoredReports(SqliteConnection connection)
{
    /// <summary>The stored reports' ids cut into at most <paramref name="parts"/> consecutive ranges of similar size,
    /// for reading on several connections at once.</summary>
    public IReadOnlyList<ReportRange> Ranges(int parts)
    {
        var ids = connection.Query<long>("SELECT id FROM reports ORDER BY id").ToList();
        var size = Math.Max(1, (ids.Count + parts - 1) / Math.Max(1, parts));
        return [.. ids.Chunk(size).Select(chunk => new ReportRange(chunk[0], chunk[^1]))];
    }

    /// <param name="rowCodes">Only the facts of these rows (the cross-year rules need few); null for all.</param>
    /// <param name="withText">Whether to read the reports' running text (the narrative rules need it).</param>
    /// <param name="range">Only the reports in this range of ids; null for all.</param>
    public IEnumerable<StoredReport> Read(
        IReadOnlyCollection<string>? rowCodes = null,
        bool withText = true,
        ReportRange? range = null
    )
    {
        var (first, last) = range ?? new ReportRange(0, long.MaxValue);
        var bounds = new { first, last };
        var reports = new ReportQueries(connection).Reports(first, last).ToDictionary(r => r.ReportId);
        var versions = connection
            .Query<(long ReportId, string Table, string Template)>(
                "SELECT report_id, table_code, template FROM report_tables WHERE report_id BETWEEN @first AND @last",
                bounds
            )
            .Where(t => TemplateVersionCodes.Parse(t.Template) is not null)
            .GroupBy(t => t.ReportId)
            .ToDictionary(
                g => g.Key,
                g =>
                    (IReadOnlyDictionary<string, TemplateVersion>)
                        g.ToDictionary(t => t.Table, t => TemplateVersionCodes.Parse(t.Template)!.Value)
            );
        var doubtful = connection
            .Query<(long ReportId, string Rule, string Severity, string Cells)>(
                "SELECT report_id, rule, severity, cells FROM findings WHERE rule = @rule AND report_id BETWEEN @first AND @last",
                new
                {
                    first,
                    last,
                    rule = Finding.StructuralRule,
                }
            )
            .Where(f => Finding.CastsDoubt(f.Rule, EvidenceCodes.ParseSeverity(f.Severity)))
            .GroupBy(f => f.ReportId)
            .ToDictionary(
                g => g.Key,
                g =>
                    (IReadOnlyCollection<string>)
                        g.SelectMany(f => f.Cells.Split(';', StringSplitOptions.RemoveEmptyEntries)).ToHashSet()
            );
        var texts = withText
            ? connection
                .Query<(long Id, string Text)>("SELECT id, text FROM reports WHERE id BETWEEN @first AND @last", bounds)
                .ToDictionary(t => t.Id, t => t.Text)
            : [];

        var packed = new PackedFacts();
        var rows = rowCodes?.ToHashSet();
        foreach (
            var (id, cells) in connection.Query<(long, string)>(
                "SELECT report_id, cells FROM report_cells WHERE report_id BETWEEN @first AND @last ORDER BY report_id",
                bounds,
                buffered: false
            )
        )
        {
            if (!reports.TryGetValue(id, out var row))
                continue; // stored after this check began
            yield return new StoredReport(
                row,
                packed.Unpack(cells, rows),
                versions.GetValueOrDefault(id) ?? new Dictionary<string, TemplateVersion>(),
                doubtful.GetValueOrDefault(id) ?? [],
                texts.GetValueOrDefault(id) ?? ""
            );
        }
    }
}
