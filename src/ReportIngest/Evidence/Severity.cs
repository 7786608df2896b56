namespace ReportIngest.Evidence;

/// <summary>How serious a finding is, in rising order; stored and exported as <c>info</c>, <c>warning</c>,
/// <c>error</c>.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
