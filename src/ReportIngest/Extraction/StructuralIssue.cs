using ReportIngest.Documents;
using ReportIngest.Evidence;

namespace ReportIngest.Extraction;

/// <summary>
/// A structural problem found while mapping a table (S-STRUCT): a row whose label matches nothing, a row with more
/// or fewer values than the template has cells, a row or table missing. <paramref name="Scope"/> is the table or row
/// code.
/// </summary>
public sealed record StructuralIssue(
    string Table,
    string Scope,
    Severity Severity,
    Attribution AttributedTo,
    string Message,
    Locator Locator,
    IReadOnlyList<string> Cells
)
{
    public static StructuralIssue Warning(
        string table,
        string scope,
        string message,
        Locator locator,
        IReadOnlyList<string>? cells = null,
        Attribution attributedTo = Attribution.Parser
    ) => new(table, scope, Severity.Warning, attributedTo, message, locator, cells ?? []);

    public static StructuralIssue Info(
        string table,
        string scope,
        string message,
        Locator locator,
        IReadOnlyList<string>? cells = null
    ) => new(table, scope, Severity.Info, Attribution.Unknown, message, locator, cells ?? []);
}
