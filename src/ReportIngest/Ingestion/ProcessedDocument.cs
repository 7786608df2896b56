using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Extraction;

namespace ReportIngest.Ingestion;

/// <summary>A document read and checked, ready to be stored.</summary>
public sealed record ProcessedDocument(
    SourceDocument Source,
    InputFormat Format,
    ExtractedReport Report,
    IReadOnlyList<Finding> Findings
)
{
    /// <summary>How the document was converted before it was read, or null.</summary>
    public string? Conversion { get; init; }
}
