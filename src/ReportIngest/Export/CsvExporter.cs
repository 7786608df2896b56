using Microsoft.Data.Sqlite;
using ReportIngest.Storage;

namespace ReportIngest.Export;

/// <summary>Writes <c>reports.csv</c>, <c>facts.csv</c>, <c>findings.csv</c> and <c>dictionary.csv</c>, streaming from
/// the database.</summary>
public sealed class CsvExporter(SqliteConnection connection)
{
    public ExportCounts Export(string folder)
    {
        Directory.CreateDirectory(folder);
        var queries = new ReportQueries(connection);
        var counts = new ExportCounts(
            Write(folder, ExportTables.Reports, queries.Reports()),
            Write(folder, ExportTables.Facts, queries.Facts()),
            Write(folder, ExportTables.Findings, queries.Findings())
        );
        Write(folder, DataDictionary.Table, DataDictionary.Entries());
        return counts with
        {
            Written =
            [
                .. new IExportTable[]
                {
                    ExportTables.Reports,
                    ExportTables.Facts,
                    ExportTables.Findings,
                    DataDictionary.Table,
                }.Select(t => new WrittenTable(t, [$"{t.Name}.csv"], "csv")),
            ],
        };
    }

    public static int Write<T>(string folder, ExportTable<T> table, IEnumerable<T> rows)
    {
        using var csv = new CsvWriter(Path.Combine(folder, $"{table.Name}.csv"));
        csv.WriteRow(table.ColumnNames);
        var count = 0;
        foreach (var row in rows)
        {
            csv.WriteRow(table.Values(row));
            count++;
        }
        return count;
    }
}
