namespace ReportIngest.Evidence;

/// <summary>Whether a rule failed, or could not be decided (a cell it needs is missing or doubtful); stored as
/// <c>fail</c>, <c>uncertain</c>.</summary>
public enum FindingStatus
{
    Fail,
    Uncertain,
}
