using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>Writes <c>{document}.truth.json</c> beside a generated document, in the contract's ground-truth
/// format.</summary>
public static class TruthWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Keeps Chinese text readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="page">For a web page: its title, publication time (the PubDate meta tag) and address (the Url meta
    /// tag) are written too.</param>
    public static void Write(
        string documentPath,
        SyntheticReport report,
        IReadOnlyList<ExpectedFinding> findings,
        IReadOnlyList<string> notes,
        PageMetadata? page = null
    )
    {
        var truth = new Truth(
            Path.GetFileName(documentPath),
            report.Agency,
            report.Year,
            report.Version.ToCode(),
            page is null ? null : PrintedTitle(report),
            page?.PubDate,
            page?.Url,
            Variations.VariationFigures.TruthCells(report),
            [],
            findings,
            notes
        );
        File.WriteAllText(documentPath + ".truth.json", JsonSerializer.Serialize(truth, Options) + "\n");
    }

    /// <summary>The title as the page prints it: in Traditional characters on a Traditional copy.</summary>
    private static string PrintedTitle(SyntheticReport report) =>
        report.Style.Has(Variations.Variation.Traditional)
            ? Variations.TraditionalScript.Convert(ReportProse.Title(report), report.Style.TaiwanPhrases)
            : ReportProse.Title(report);

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
        IReadOnlyList<string> Notes
    );
}
