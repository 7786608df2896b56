using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <param name="page">For a web page: its title, publication time (the PubDate meta tag) and address (the Url meta tag) are written too.</param>
    public static void Write(string documentPath, SyntheticReport report, IReadOnlyList<ExpectedFinding> findings, IReadOnlyList<string> notes, PageMetadata? page = null)
    {
        var truth = new Truth(
            Path.GetFileName(documentPath),
            report.Agency,
            report.Year,
            report.Version.ToCode(),
            page is null ? null : ReportProse.Title(report),
            page?.PubDate,
            page?.Url,
            report.Cells,
            [],
            findings,
            notes);
        File.WriteAllText(documentPath + ".truth.json", JsonSerializer.Serialize(truth, Options) + "\n");
    }

    private sealed record Truth(
        string Document,
        string Agency,
        int ReportYear,
        string Template,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PublishedOn,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceUrl,
        IReadOnlyDictionary<string, decimal?> Cells,
        IReadOnlyList<string> Unscored,
        IReadOnlyList<ExpectedFinding> Findings,
        IReadOnlyList<string> Notes);
}
