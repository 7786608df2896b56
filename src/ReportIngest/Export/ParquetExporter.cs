using Microsoft.Data.Sqlite;
using ReportIngest.Storage;

namespace ReportIngest.Export;

/// <summary>
/// Writes reports, facts, findings and the data dictionary as Parquet. Partitioned by report
/// year, each table is a folder of <c>year=YYYY/part-0.parquet</c> files (hive style; <c>year=unknown</c> for reports
/// without a year), which DuckDB, pandas and Spark read as one table.
/// </summary>
public sealed class ParquetExporter(SqliteConnection connection)
{
    public async Task<ExportCounts> ExportAsync(string folder, bool byYear)
    {
        Directory.CreateDirectory(folder);
        var queries = new ReportQueries(connection);
        var written = new List<WrittenTable>();
        var reports = await WriteAsync(
            folder,
            ExportTables.Reports,
            queries.Reports(),
            byYear ? r => r.ReportYear : null,
            written
        );
        var facts = await WriteAsync(
            folder,
            ExportTables.Facts,
            queries.Facts(),
            byYear ? f => f.ReportYear : null,
            written
        );
        var findings = await WriteAsync(
            folder,
            ExportTables.Findings,
            queries.Findings(),
            byYear ? f => f.ReportYear : null,
            written
        );
        await WriteAsync(folder, DataDictionary.Table, DataDictionary.Entries(), null, written);
        return new ExportCounts(reports, facts, findings) { Written = written };
    }

    private static async Task<int> WriteAsync<T>(
        string folder,
        ExportTable<T> table,
        IEnumerable<T> rows,
        Func<T, long?>? year,
        List<WrittenTable> written
    )
    {
        var writers = new SortedDictionary<string, ParquetTableWriter>(StringComparer.Ordinal);
        try
        {
            foreach (var row in rows)
            {
                var path = year is null
                    ? $"{table.Name}.parquet"
                    : $"{table.Name}/year={year(row)?.ToString() ?? "unknown"}/part-0.parquet";
                if (!writers.TryGetValue(path, out var writer))
                    writers[path] = writer = await ParquetTableWriter.CreateAsync(
                        Path.Combine(folder, path),
                        table.Fields
                    );
                await writer.AddAsync(table.Values(row));
            }
            if (writers.Count == 0)
                writers[$"{table.Name}.parquet"] = await ParquetTableWriter.CreateAsync(
                    Path.Combine(folder, $"{table.Name}.parquet"),
                    table.Fields
                );
            written.Add(new WrittenTable(table, [.. writers.Keys], "parquet"));
            return writers.Values.Sum(w => w.Rows);
        }
        finally
        {
            foreach (var writer in writers.Values)
                await writer.DisposeAsync();
        }
    }
}
