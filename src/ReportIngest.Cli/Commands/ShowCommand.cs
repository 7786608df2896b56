using System.CommandLine;
using ReportIngest.Storage;
using ReportIngest.Templates;

namespace ReportIngest.Cli.Commands;

/// <summary><c>show DOCUMENT-OR-ID</c>: one report's tables as stored, cells involved in findings marked with
/// <c>!</c>.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("DOCUMENT-OR-ID")
        {
            Description = "Report id, document file name, or SHA-256 (at least 8 hex digits)",
        };
        var command = new Command(
            "show",
            "Print one report's metadata and tables as stored. Cells involved in warnings or errors are marked '!'; blank cells print as '·', placeholders as printed, unreadable cells as '?'."
        );
        command.Arguments.Add(target);
        command.SetAction(parsed =>
        {
            if (Arguments.Refuse(Arguments.MissingDatabase(parsed.GetValue(CommonOptions.Database)!)) is { } refused)
                return refused;
            using var connection = Database.Open(parsed.GetValue(CommonOptions.Database)!);
            var queries = new ReportQueries(connection);
            var report = queries.FindReport(parsed.GetValue(target)!);
            if (report is null)
            {
                Console.Error.WriteLine($"error: no stored report matches '{parsed.GetValue(target)}'");
                return ExitCodes.Usage;
            }
            Print(report, queries);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ReportRow report, ReportQueries queries)
    {
        Console.WriteLine($"report {report.ReportId}: {report.Document} (sha256 {report.Sha256[..12]}…)");
        Console.WriteLine(
            $"  {report.Title}\n  agency {report.Agency ?? "?"}, year {report.ReportYear?.ToString() ?? "?"}, template {report.Template}, {report.ParseStatus}: {report.CellsFound}/{report.CellsExpected} cells found, {report.CellsUnreadable} unreadable"
        );

        var facts = queries.Facts(report.ReportId).ToDictionary(f => f.Key);
        var findings = queries.Findings(report.ReportId).ToList();
        var flagged = findings
            .Where(f => f.SeverityLevel != ReportIngest.Evidence.Severity.Info)
            .SelectMany(f => f.Cells.Split(';', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet();
        foreach (
            var (table, template) in queries
                .TableTemplates(report.ReportId)
                .OrderBy(t => TemplateCatalog.TableCodes.ToList().IndexOf(t.Key))
        )
        {
            var definition = TemplateVersionCodes.Parse(template) is { } version
                ? TemplateCatalog.Get(version).Table(table)
                : null;
            if (definition is null)
                continue;
            Console.WriteLine($"\n{table} ({template})");
            Console.WriteLine($"  {"", -34} {string.Join(" ", definition.Columns.Select(c => Fit(c.Code, 12)))}");
            foreach (var row in definition.Rows)
            {
                var cells = definition.Columns.Select(c =>
                {
                    var key = CellKey.Of(table, row.Code, c.Code);
                    var text = facts.TryGetValue(key, out var fact)
                        ? fact.Status switch
                        {
                            "value" => fact.Value!,
                            "blank" => "·",
                            "placeholder" => fact.Raw,
                            _ => "?",
                        }
                        : "–";
                    return Fit((flagged.Contains(key) ? "!" : "") + text, 12);
                });
                Console.WriteLine($"  {Fit(row.Code, 34)} {string.Join(" ", cells)}");
            }
        }

        if (findings.Count > 0)
            Console.WriteLine("\nfindings:");
        foreach (var f in findings)
            Console.WriteLine($"  {f.Severity, -7} {f.Rule, -8} {f.Scope}: {f.Message}");
    }

    private static string Fit(string text, int width) =>
        text.Length > width ? text[..(width - 1)] + "…" : text.PadLeft(width);
}
