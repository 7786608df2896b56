using Microsoft.Data.Sqlite;
using ReportIngest.Export;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Export;

/// <summary>The bundled corpus ingested once into a database, exported on demand.</summary>
public sealed class ExportFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public ExportFixture()
    {
        using var connection = Open();
        new IngestRunner(DocumentProcessor.Default, 2).Run([TestPaths.Corpus], connection);
        new ReportIngest.Ingestion.DatabaseChecker(connection, ReportIngest.Checking.ReportChecker.Default).Run();
    }

    public SqliteConnection Open() => Database.Open(Path.Combine(_folder.Path, "export.db"));

    public string Export(string name, ExportOptions options)
    {
        var folder = Path.Combine(_folder.Path, name);
        using var connection = Open();
        Exporter.Export(connection, folder, options);
        return folder;
    }

    public void Dispose() => _folder.Dispose();
}
