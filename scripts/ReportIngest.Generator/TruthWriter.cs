using System.Text.Encodings.Web;
using System.Text.Json;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>Writes <c>{document}.truth.json</c> beside a generated document, in the contract's ground-truth format.</summary>
public static class TruthWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Keeps Chinese text readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string documentPath, SyntheticReport report, IReadOnlyList<ExpectedFinding> findings, IReadOnlyList<string> notes)
    {
        var truth = new
        {
            Document = Path.GetFileName(documentPath),
            report.Agency,
            ReportYear = report.Year,
            Template = report.Version.ToCode(),
            report.Cells,
            Unscored = Array.Empty<string>(),
            Findings = findings,
            Notes = notes,
        };
        File.WriteAllText(documentPath + ".truth.json", JsonSerializer.Serialize(truth, Options) + "\n");
    }
}
