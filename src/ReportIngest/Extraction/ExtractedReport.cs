using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>The result of extraction: metadata, the template version decided for each table found, facts and structural issues.</summary>
public sealed record ExtractedReport(
    ReportMetadata Metadata,
    IReadOnlyDictionary<string, TemplateVersion> TableVersions,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<StructuralIssue> Issues,
    string Text)
{
    /// <summary>The report's template: the tables' version when they agree, otherwise the newest one used; pre-2019 or unknown when no template table was found.</summary>
    public string TemplateCode => TableVersions.Count == 0
        ? (Metadata.ReportYear is < 2019 ? TemplateVersion.Pre2019.ToCode() : "unknown")
        : TableVersions.Values.Max().ToCode();

    /// <summary>Every cell the template versions of the tables found define.</summary>
    public int CellsExpected => TableVersions.Sum(t => TemplateCatalog.Get(t.Value).Table(t.Key)?.CellCount ?? 0);

    public int CellsFound => Facts.Count(f => f.Status != ReportIngest.Text.CellStatus.Unreadable);

    public int CellsUnreadable => Facts.Count(f => f.Status == ReportIngest.Text.CellStatus.Unreadable);

    public string ParseStatus => TableVersions.Count == 0 ? "no_tables"
        : CellsFound == CellsExpected ? "complete" : "partial";
}
