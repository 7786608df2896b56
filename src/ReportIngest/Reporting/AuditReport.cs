using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportIngest.Documents;
using ReportIngest.Evidence;
using ReportIngest.Storage;
using ReportIngest.Templates;
using static System.Net.WebUtility;

namespace ReportIngest.Reporting;

/// <summary>
/// One self-contained HTML file for auditors (no network fetches: styles, script and charts inline): a summary
/// (documents, reports by year and template, findings by rule and severity, charts), a sortable and filterable
/// findings list, and each report's tables as the template lays them out, every cell involved in a finding
/// highlighted, with the evidence beside: expression, numbers, each cell's raw text and locator, and for a
/// cross-year finding the other year's report.
/// </summary>
public sealed class AuditReport(SqliteConnection connection)
{
    public string Render()
    {
        var queries = new ReportQueries(connection);
        var reports = queries.Reports().ToList();
        var findings = queries.Findings().ToList();
        var facts = queries.Facts().GroupBy(f => f.ReportId).ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Key));
        var html = new StringBuilder();
        html.Append(
                "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>ReportIngest audit report</title><style>"
            )
            .Append(Style)
            .Append("</style></head><body>");
        html.Append(
            $"<h1>ReportIngest audit report</h1><p class=\"meta\">{reports.Count} report(s), {findings.Count} finding(s); generated {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC</p>"
        );
        AuditSummary.Write(html, reports, findings, facts);
        FindingsList(html, findings);
        html.Append("<h2>Reports</h2>");
        var byReport = findings.ToLookup(f => f.ReportId);
        foreach (var report in reports)
            Report(
                html,
                report,
                byReport[report.ReportId].ToList(),
                facts.GetValueOrDefault(report.ReportId) ?? [],
                queries
            );
        html.Append("<script>").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    private static void FindingsList(StringBuilder html, List<FindingRow> findings)
    {
        html.Append(
                "<h2>Findings</h2><div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"filter: rule, report, scope, text…\">"
            )
            .Append(
                "<select id=\"severity\"><option value=\"\">all severities</option><option>error</option><option>warning</option><option>info</option></select>"
            )
            .Append(" <span id=\"shown\"></span></div>");
        html.Append(
            "<table id=\"findings\" class=\"sortable\"><thead><tr><th>severity</th><th>rule</th><th>report</th><th>scope</th><th>attributed to</th><th>expression</th><th>message</th></tr></thead><tbody>"
        );
        foreach (var f in findings.OrderByDescending(f => f.SeverityLevel).ThenBy(f => f.ReportId))
            html.Append(
                    $"<tr class=\"{f.Severity}\" data-severity=\"{f.Severity}\"><td>{f.Severity}</td><td>{HtmlEncode(f.Rule)}</td>"
                )
                .Append(
                    $"<td><a href=\"#report-{f.ReportId}\">{HtmlEncode(f.Document)}</a></td><td>{HtmlEncode(f.Scope)}</td><td>{HtmlEncode(f.AttributedTo)}</td>"
                )
                .Append($"<td class=\"expr\">{HtmlEncode(f.Expression)}</td><td>{HtmlEncode(f.Message)}</td></tr>");
        html.Append("</tbody></table>");
    }

    private static void Report(
        StringBuilder html,
        ReportRow report,
        List<FindingRow> findings,
        Dictionary<string, FactRow> facts,
        ReportQueries queries
    )
    {
        html.Append(
                $"<section class=\"report\" id=\"report-{report.ReportId}\"><h3>{HtmlEncode(report.Title ?? report.Document)}</h3>"
            )
            .Append(
                $"<p class=\"meta\">{HtmlEncode(report.Document)} · {HtmlEncode(report.Agency ?? "agency unknown")} · {report.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? "year unknown"} · {HtmlEncode(report.Template)} · {HtmlEncode(report.ParseStatus)} · {report.CellsFound}/{report.CellsExpected} cells"
            );
        // a page may name its own URL: only http(s) becomes a link, anything else (javascript:, data:) stays text
        if (report.SourceUrl is { } url)
            html.Append(
                Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"
                    ? $" · <a href=\"{HtmlEncode(link.AbsoluteUri)}\">source</a>"
                    : $" · source {HtmlEncode(url)}"
            );
        html.Append("</p>");
        var flagged = findings
            .Where(f => f.SeverityLevel != Severity.Info)
            .SelectMany(f =>
                f.Cells.Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => (Cell: c, Severity: f.SeverityLevel))
            )
            .GroupBy(c => c.Cell)
            .ToDictionary(g => g.Key, g => g.Any(c => c.Severity == Severity.Error) ? "error" : "warning");
        html.Append("<div class=\"report-body\"><div class=\"tables\">");
        foreach (
            var (table, template) in queries
                .TableTemplates(report.ReportId)
                .OrderBy(t => TemplateCatalog.TableCodes.ToList().IndexOf(t.Key))
        )
            if (
                TemplateVersionCodes.Parse(template) is { } version
                && TemplateCatalog.Get(version).Table(table) is { } definition
            )
                Table(html, definition, template, facts, flagged);
        html.Append("</div><div class=\"evidence\">");
        if (findings.Count == 0)
            html.Append("<p>No findings.</p>");
        foreach (var f in findings.OrderByDescending(f => f.SeverityLevel))
        {
            html.Append(
                    $"<div class=\"finding {f.Severity}\"><b>{f.Severity} {HtmlEncode(f.Rule)}</b> <span>{HtmlEncode(f.Scope)}</span>, attributed to {HtmlEncode(f.AttributedTo)}"
                )
                .Append($"<p>{HtmlEncode(f.Message)}</p>");
            if (f.Expression.Length > 0)
                html.Append($"<p class=\"expr\">{HtmlEncode(f.Expression)}</p>");
            if (f.Left is not null || f.Right is not null)
                html.Append(
                    $"<p>left {HtmlEncode(f.Left ?? "–")}, right {HtmlEncode(f.Right ?? "–")}, delta {HtmlEncode(f.Delta ?? "–")}</p>"
                );
            if (f.OtherReportId is { } other)
                html.Append(
                    $"<p>other year: <a href=\"#report-{other}\">{HtmlEncode(f.OtherDocument ?? other.ToString(CultureInfo.InvariantCulture))}</a></p>"
                );
            var cells = f.Cells.Split(';', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length > 0)
            {
                html.Append("<ul class=\"cells\">");
                foreach (var cell in cells)
                    html.Append(
                        facts.TryGetValue(cell, out var fact)
                            ? $"<li><code>{HtmlEncode(cell)}</code> “{HtmlEncode(fact.Raw)}” ({fact.Status}) at <code>{HtmlEncode(fact.Locator)}</code>{HtmlEncode(ColumnBy(fact))}</li>"
                            : $"<li><code>{HtmlEncode(cell)}</code> (not in this report)</li>"
                    );
                html.Append("</ul>");
            }
            html.Append("</div>");
        }
        html.Append("</div></div></section>");
    }

    private static void Table(
        StringBuilder html,
        TableDefinition definition,
        string template,
        Dictionary<string, FactRow> facts,
        Dictionary<string, string> flagged
    )
    {
        html.Append(
            $"<table class=\"template\"><caption>{HtmlEncode(definition.Code)} ({HtmlEncode(template)})</caption><tr><th></th>"
        );
        foreach (var col in definition.Columns)
            html.Append($"<th title=\"{HtmlEncode(col.Code)}\">{HtmlEncode(col.Label)}</th>");
        html.Append("</tr>");
        foreach (var row in definition.Rows)
        {
            html.Append($"<tr><th title=\"{HtmlEncode(row.Code)}\">{HtmlEncode(row.Label)}</th>");
            foreach (var col in definition.Columns)
            {
                var key = CellKey.Of(definition.Code, row.Code, col.Code);
                var (text, status) = facts.TryGetValue(key, out var fact)
                    ? (
                        fact.Status switch
                        {
                            "value" => fact.Value!,
                            "blank" => "",
                            "placeholder" => fact.Raw,
                            _ => "?",
                        },
                        fact.Status
                    )
                    : ("–", "missing");
                var flag = flagged.TryGetValue(key, out var severity) ? $" flagged {severity}" : "";
                var tooltip = fact is null ? key : $"{key} · “{fact.Raw}” at {fact.Locator}{ColumnBy(fact)}";
                html.Append(
                    $"<td class=\"{status}{flag}\" data-key=\"{HtmlEncode(key)}\" title=\"{HtmlEncode(tooltip)}\">{HtmlEncode(text)}</td>"
                );
            }
            html.Append("</tr>");
        }
        html.Append("</table>");
    }

    private const string Style = """
        body{font:14px/1.45 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:24px;color:#222}
        h1{margin:0 0 4px}.meta{color:#666}
        table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
        caption{text-align:left;font-weight:600;padding:4px 0}
        .summary{display:flex;gap:32px;flex-wrap:wrap}
        #findings{width:100%}#findings th{cursor:pointer;background:#f3f3f3}#findings .expr,.expr{font-family:monospace;font-size:12px}
        tr.error td:first-child,.finding.error b{color:#c62828}tr.warning td:first-child,.finding.warning b{color:#ef6c00}
        .filters{margin:8px 0}.filters input{width:320px}
        .report{border-top:2px solid #ddd;margin-top:24px}.report-body{display:flex;gap:24px;align-items:flex-start}
        .tables{flex:0 1 auto;overflow-x:auto}.evidence{flex:1 1 360px;min-width:320px}
        table.template td{text-align:right;min-width:2.5em}table.template th{font-weight:normal;font-size:12px;background:#fafafa;max-width:16em}
        td.blank{background:#f7f7f7}td.unreadable,td.missing{color:#999}
        td.flagged.error{background:#ffcdd2;outline:2px solid #c62828}td.flagged.warning{background:#ffe0b2;outline:2px solid #ef6c00}
        .finding{border-left:4px solid #999;padding:4px 8px;margin:8px 0;background:#fcfcfc}.finding.error{border-color:#c62828}.finding.warning{border-color:#ef6c00}
        .finding p{margin:2px 0}.cells{margin:2px 0;padding-left:18px;font-size:12px}
        figure{margin:16px 0}figcaption{color:#666;font-size:12px}
        """;

    private const string Script = """
        window.addEventListener('error', e => { document.body.dataset.errors = (document.body.dataset.errors || '') + e.message + ';'; });
        (function () {
          const table = document.getElementById('findings');
          const rows = Array.from(table.tBodies[0].rows);
          const filter = document.getElementById('filter'), severity = document.getElementById('severity'), shown = document.getElementById('shown');
          function apply() {
            const text = filter.value.toLowerCase(), level = severity.value;
            let count = 0;
            for (const row of rows) {
              const visible = (!level || row.dataset.severity === level) && (!text || row.textContent.toLowerCase().includes(text));
              row.hidden = !visible;
              if (visible) count++;
            }
            shown.textContent = count + ' of ' + rows.length + ' shown';
          }
          filter.addEventListener('input', apply);
          severity.addEventListener('change', apply);
          Array.from(table.tHead.rows[0].cells).forEach((header, column) => header.addEventListener('click', () => {
            const ascending = header.dataset.order !== 'asc';
            header.dataset.order = ascending ? 'asc' : 'desc';
            rows.sort((a, b) => a.cells[column].textContent.localeCompare(b.cells[column].textContent, 'zh') * (ascending ? 1 : -1));
            rows.forEach(row => table.tBodies[0].appendChild(row));
          }));
          apply();
          document.body.dataset.flagged = document.querySelectorAll('td.flagged').length;
          document.body.dataset.ready = '1';
        })();
        """;

    /// <summary>How the cell's column was decided, said to an auditor; nothing where it is not known.</summary>
    private static string ColumnBy(FactRow fact) =>
        ColumnBasisNames.Parse(fact.Basis) switch
        {
            ColumnBasis.Markup => ", a cell of the source's own table",
            ColumnBasis.Rulings => ", a cell between the lines ruled on the page",
            ColumnBasis.Position => ", its column told by where it stands on the page",
            ColumnBasis.Alignment => ", its column told by text lined up with spaces",
            ColumnBasis.Sequence => ", its column told by its order in the line",
            _ => "",
        };
}
