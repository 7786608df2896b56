using System.CommandLine;
using System.Text.Json;
using ReportIngest.Checking;
using ReportIngest.Evidence;
using ReportIngest.Export;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>check</c>: re-run every rule over the database and print the findings at or above a severity.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "Print findings of this severity or worse; exit 3 when there are any",
            DefaultValueFactory = _ => "warning",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");

        var command = new Command(
            "check",
            "(Re)run all rules over the database and print the findings, grouped by report, most severe first. Exit 0 when none is at or above --min-severity, 3 otherwise."
        );
        command.Options.Add(format);
        command.Options.Add(minSeverity);
        command.SetAction(parsed =>
            Run(parsed.GetValue(CommonOptions.Database)!, parsed.GetValue(format)!, parsed.GetValue(minSeverity)!)
        );
        return command;
    }

    public static int Run(string database, string format, string minSeverity)
    {
        if (Arguments.Refuse(Arguments.MissingDatabase(database)) is { } refused)
            return refused;
        using var connection = Database.Open(database);
        var checkedReports = new DatabaseChecker(connection, ReportChecker.Default).Run();
        var threshold = EvidenceCodes.ParseSeverity(minSeverity);
        var findings = new ReportQueries(connection).Findings().Where(f => f.SeverityLevel >= threshold).ToList();

        switch (format)
        {
            case "json":
                Console.WriteLine(
                    JsonSerializer.Serialize(
                        findings.Select(ToJson),
                        new JsonSerializerOptions
                        {
                            WriteIndented = true,
                            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                        }
                    )
                );
                break;
            case "csv":
                Console.WriteLine(string.Join(",", ExportTables.Findings.ColumnNames));
                foreach (var f in findings)
                    Console.WriteLine(string.Join(',', ExportTables.Findings.Values(f).Select(CsvWriter.Escape)));
                break;
            default:
                PrintText(findings, checkedReports, minSeverity);
                break;
        }
        return findings.Count > 0 ? ExitCodes.FindingsAtThreshold : ExitCodes.Ok;
    }

    private static void PrintText(IReadOnlyList<FindingRow> findings, int checkedReports, string minSeverity)
    {
        foreach (var report in findings.GroupBy(f => (f.ReportId, f.Document)))
        {
            Console.WriteLine($"{report.Key.Document} (report {report.Key.ReportId})");
            foreach (var f in report.OrderByDescending(f => f.SeverityLevel).ThenBy(f => f.Rule).ThenBy(f => f.Scope))
            {
                Console.WriteLine(
                    $"  {f.Severity, -7} {f.Rule, -8} {f.Scope, -28} {f.Status}, attributed to {f.AttributedTo}: {f.Message}"
                );
                if (f.Expression.Length > 0)
                    Console.WriteLine($"          {f.Expression}");
            }
        }
        var counts = string.Join(
            ", ",
            findings
                .GroupBy(f => f.SeverityLevel)
                .OrderByDescending(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key.Code()}")
        );
        Console.WriteLine(
            $"{checkedReports} report(s) checked; {findings.Count} finding(s) at or above {minSeverity}{(findings.Count > 0 ? $" ({counts})" : "")}"
        );
    }

    private static object ToJson(FindingRow f) =>
        new
        {
            report_id = f.ReportId,
            document = f.Document,
            rule = f.Rule,
            severity = f.Severity,
            status = f.Status,
            scope = f.Scope,
            expression = f.Expression,
            left = f.Left,
            right = f.Right,
            delta = f.Delta,
            cells = f.Cells.Length == 0 ? [] : f.Cells.Split(';'),
            other_report_id = f.OtherReportId,
            other_document = f.OtherDocument,
            attributed_to = f.AttributedTo,
            message = f.Message,
        };
}
