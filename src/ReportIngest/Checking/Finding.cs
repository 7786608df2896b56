using ReportIngest.Evidence;

namespace ReportIngest.Checking;

/// <summary>
/// One rule outcome that is not a pass, with its evidence: the expression with the actual numbers, both sides,
/// the cells involved (keys, raw text, locators) and who the failure is attributed to (contract.md findings).
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    FindingStatus Status,
    string Scope,
    string Expression,
    decimal? Left,
    decimal? Right,
    Attribution AttributedTo,
    string Message,
    IReadOnlyList<string> Cells
)
{
    public decimal? Delta => Left - Right;

    /// <summary>For a cross-year finding, the other year's report.</summary>
    public long? OtherReportId { get; init; }

    /// <summary>The rule of findings that extraction raises about a table's structure.</summary>
    public const string StructuralRule = "S-STRUCT";

    /// <summary>
    /// Whether a finding of <paramref name="rule"/> at <paramref name="severity"/> casts doubt on how its cells were
    /// read: a structural warning or error does; the rules then never count those cells as plain values.
    /// </summary>
    public static bool CastsDoubt(string rule, Severity severity) =>
        rule == StructuralRule && severity != Severity.Info;
}
