using Microsoft.Data.Sqlite;
using ReportIngest.Storage;

namespace ReportIngest.Export;

/// <summary>Writes <c>reports.csv</c>, <c>facts.csv</c>, <c>findings.csv</c> and <c>datapackage.json</c>, streaming from the database.</summary>
public sealed class CsvExporter(SqliteConnection connection)
{
    public ExportCounts Export(string folder)
    {
        Directory.CreateDirectory(folder);
        var queries = new ReportQueries(connection);
        var reports = Write(Path.Combine(folder, "reports.csv"), ExportColumns.Reports, queries.Reports(), r =>
            [r.ReportId, r.Document, r.Sha256, r.SourceUrl, r.Agency, r.ReportYear, r.Template, r.Title, r.PublishedOn, r.ParseStatus, r.CellsExpected, r.CellsFound, r.CellsUnreadable,
             r.StatPeriod, r.IndexNo, r.Category, r.Publisher, r.DocDate, r.DocNo]);
        var facts = Write(Path.Combine(folder, "facts.csv"), ExportColumns.Facts, queries.Facts(), f =>
            [f.ReportId, f.Document, f.Sha256, f.Agency, f.ReportYear, f.Template, f.Table, f.Row, f.Col, f.Key, f.Value, f.Raw, f.Status, f.Unit, f.Page, f.Locator]);
        var findings = Write(Path.Combine(folder, "findings.csv"), ExportColumns.Findings, queries.Findings(), f =>
            [f.ReportId, f.Document, f.Rule, f.Severity, f.Status, f.Scope, f.Expression, f.Left, f.Right, f.Delta, f.Cells, f.OtherReportId, f.OtherDocument, f.AttributedTo, f.Message]);
        DataPackage.Write(Path.Combine(folder, "datapackage.json"));
        return new ExportCounts(reports, facts, findings);
    }

    private static int Write<T>(string path, string[] header, IEnumerable<T> rows, Func<T, object?[]> fields)
    {
        using var csv = new CsvWriter(path);
        csv.WriteRow(header);
        var count = 0;
        foreach (var row in rows)
        {
            csv.WriteRow(fields(row));
            count++;
        }
        return count;
    }
}

public sealed record ExportCounts(int Reports, int Facts, int Findings);
