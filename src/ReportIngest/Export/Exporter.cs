using Microsoft.Data.Sqlite;

namespace ReportIngest.Export;

/// <summary>Writes an export (CSV or Parquet, wide views) and the datapackage.json describing every file
/// written.</summary>
public static class Exporter
{
    public static ExportCounts Export(SqliteConnection connection, string folder, ExportOptions options)
    {
        PreviousExport.Remove(folder);
        var counts =
            options.Format == "parquet"
                ? new ParquetExporter(connection).ExportAsync(folder, options.PartitionByYear).GetAwaiter().GetResult()
                : new CsvExporter(connection).Export(folder);
        var written = counts
            .Written.Concat(options.WideTables.Select(t => WideExporter.Write(connection, folder, t)))
            .ToList();
        DataPackage.Write(folder, written);
        return counts with { Written = written };
    }
}
