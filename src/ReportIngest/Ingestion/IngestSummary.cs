using ReportIngest.Evidence;

namespace ReportIngest.Ingestion;

/// <summary>Counts for the end-of-run summary: documents stored, unchanged, failed and skipped (with reasons), findings
/// by severity.</summary>
public sealed class IngestSummary
{
    private readonly List<DocumentOutcome> _failures = [];
    private readonly List<DocumentOutcome> _skipped = [];
    private readonly List<DocumentOutcome> _withoutReport = [];
    private readonly Dictionary<Severity, int> _findingsBySeverity = new()
    {
        [Severity.Error] = 0,
        [Severity.Warning] = 0,
        [Severity.Info] = 0,
    };

    public int Stored { get; private set; }
    public int AlreadyStored { get; private set; }
    public IReadOnlyList<DocumentOutcome> Failures => _failures;

    /// <summary>Entries of the input folders that are not documents to read, with the reason.</summary>
    public IReadOnlyList<DocumentOutcome> Skipped => _skipped;

    /// <summary>Stored documents that hold no readable report (attachment-only, image-only or not a report
    /// page).</summary>
    public IReadOnlyList<DocumentOutcome> WithoutReport => _withoutReport;
    public IReadOnlyDictionary<Severity, int> FindingsBySeverity => _findingsBySeverity;
    public int Total => Stored + AlreadyStored + _failures.Count;

    public void Add(DocumentOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Stored:
                Stored++;
                if (outcome.HoldsNoReport)
                    _withoutReport.Add(outcome);
                foreach (var finding in outcome.Findings)
                    _findingsBySeverity[finding.Severity]++;
                break;
            case OutcomeKind.AlreadyStored:
                AlreadyStored++;
                break;
            case OutcomeKind.Skipped:
                _skipped.Add(outcome);
                break;
            default:
                _failures.Add(outcome);
                break;
        }
    }
}
