namespace ReportIngest.Evidence;

/// <summary>
/// Who a finding is attributed to: the filer (the report's figures do not add up as printed), the parser (a cell it
/// reads may be misread), or nobody can tell; stored as <c>filer</c>, <c>parser</c>, <c>unknown</c>.
/// </summary>
public enum Attribution
{
    Unknown,
    Filer,
    Parser,
}
