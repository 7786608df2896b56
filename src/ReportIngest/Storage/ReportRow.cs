namespace ReportIngest.Storage;

/// <summary>One row of the <c>reports</c> export (contract.md, then the page's metadata block of template.md §7), as
/// stored.</summary>
public sealed record ReportRow(
    long ReportId,
    string Document,
    string Sha256,
    string? SourceUrl,
    string? Agency,
    long? ReportYear,
    string Template,
    string? Title,
    string? PublishedOn,
    string ParseStatus,
    long CellsExpected,
    long CellsFound,
    long CellsUnreadable,
    string? StatPeriod,
    string? IndexNo,
    string? Category,
    string? Publisher,
    string? DocDate,
    string? DocNo
);
