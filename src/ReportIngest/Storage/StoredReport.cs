using ReportIngest.Extraction;
using ReportIngest.Templates;

namespace ReportIngest.Storage;

/// <summary>
/// One stored report with everything the rules read: its facts, table versions, the cells a structural warning casts
/// doubt on, and its text.
/// </summary>
public sealed record StoredReport(
    ReportRow Row,
    IReadOnlyList<Fact> Facts,
    IReadOnlyDictionary<string, TemplateVersion> Versions,
    IReadOnlyCollection<string> DoubtfulCells,
    string Text
);
