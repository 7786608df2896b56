using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Extraction;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>What a reader sends back: everything of <see cref="ProcessedDocument"/> but the source, which the run
/// has.</summary>
internal sealed record ReaderAnswer(
    InputFormat Format,
    ExtractedReport Report,
    IReadOnlyList<Finding> Findings,
    string? Conversion
);
