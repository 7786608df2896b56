using System.Text.Json;

namespace ReportIngest.Evaluation;

/// <summary>A hand-checked <c>*.truth.json</c> (contract.md, ground truth): cells (null = blank or placeholder),
/// unscored cells and the filing's findings.</summary>
/// <summary><see cref="Metadata"/> holds the report-level fields the truth gives (<c>template</c>, <c>report_year</c>,
/// <c>title</c>, <c>published_on</c>, <c>source_url</c>).</summary>
public sealed record TruthFile(
    string Document,
    IReadOnlyDictionary<string, decimal?> Cells,
    IReadOnlySet<string> Unscored,
    IReadOnlyList<TruthFinding> Findings,
    IReadOnlyDictionary<string, string> Metadata
)
{
    public static readonly string[] MetadataFields = ["template", "report_year", "title", "published_on", "source_url"];

    public static TruthFile Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var cells = new Dictionary<string, decimal?>();
        if (root.TryGetProperty("cells", out var cellsElement))
            foreach (var cell in cellsElement.EnumerateObject())
                cells[cell.Name] = cell.Value.ValueKind == JsonValueKind.Number ? cell.Value.GetDecimal() : null;
        var unscored = root.TryGetProperty("unscored", out var u)
            ? u.EnumerateArray().Select(e => e.GetString()!).ToHashSet()
            : [];
        var findings = root.TryGetProperty("findings", out var f)
            ? f.EnumerateArray()
                .Select(e => new TruthFinding(
                    e.GetProperty("rule").GetString()!,
                    e.TryGetProperty("scope", out var s) ? s.GetString() ?? "" : "",
                    e.TryGetProperty("severity", out var sev) ? sev.GetString() ?? "error" : "error"
                ))
                .ToList()
            : [];
        var document = root.TryGetProperty("document", out var d) ? d.GetString() ?? "" : Path.GetFileName(path);
        var metadata = MetadataFields
            .Where(name =>
                root.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            )
            .ToDictionary(name => name, name => root.GetProperty(name).ToString());
        return new TruthFile(document, cells, unscored, findings, metadata);
    }
}
