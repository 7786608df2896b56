using ReportIngest.Documents;
using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// The result of extraction: metadata, the template version decided for each table found, facts, structural issues,
/// the document's text and the web page's own fields, and what kind of content it turned out to be.
/// </summary>
public sealed record ExtractedReport(
    ReportMetadata Metadata,
    IReadOnlyDictionary<string, TemplateVersion> TableVersions,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<StructuralIssue> Issues,
    string Text,
    PageInfo Page,
    ContentKind Kind = ContentKind.Report
)
{
    /// <summary>The report's template: the tables' version when they agree, otherwise the newest one used; pre-2019 or
    /// unknown when no template table was found.</summary>
    public string TemplateCode =>
        TableVersions.Count == 0
            ? (
                Kind == ContentKind.Legacy || Metadata.ReportYear is < 2019
                    ? TemplateVersion.Pre2019.ToCode()
                    : "unknown"
            )
            : TableVersions.Values.Max().ToCode();

    /// <summary>Every cell the template versions of the tables found define.</summary>
    public int CellsExpected => TableVersions.Sum(t => TemplateCatalog.Get(t.Value).Table(t.Key)?.CellCount ?? 0);

    public int CellsFound => Facts.Count(f => f.Status != ReportIngest.Text.CellStatus.Unreadable && IsTemplateCell(f));

    public int CellsUnreadable =>
        Facts.Count(f => f.Status == ReportIngest.Text.CellStatus.Unreadable && IsTemplateCell(f));

    /// <summary>False for a cell of an extra column (法人或其他组织小计): read and stored, never counted among the template's
    /// cells.</summary>
    private bool IsTemplateCell(Fact fact) =>
        !TableVersions.TryGetValue(fact.Table, out var version)
        || TemplateCatalog.Get(version).Table(fact.Table)?.IsExtraColumn(fact.Col) != true;

    /// <summary><c>complete</c>, <c>partial</c> or <c>no_tables</c> for a report; <c>attachment_only</c>,
    /// <c>image_only</c> or <c>not_a_report</c> otherwise.</summary>
    public string ParseStatus =>
        Kind switch
        {
            ContentKind.AttachmentOnly => "attachment_only",
            ContentKind.ImageOnly => "image_only",
            ContentKind.NotAReport => "not_a_report",
            _ when TableVersions.Count == 0 => "no_tables",
            _ => CellsFound == CellsExpected ? "complete" : "partial",
        };

    /// <summary>True when the document holds an annual report (its cells may still be elsewhere).</summary>
    public bool IsReport => Kind is ContentKind.Report or ContentKind.Legacy;
}
