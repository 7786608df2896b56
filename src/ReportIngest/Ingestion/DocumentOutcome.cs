using ReportIngest.Checking;

namespace ReportIngest.Ingestion;

public enum OutcomeKind
{
    Stored,
    AlreadyStored,
    Failed,
}

/// <summary>What happened to one input document. <see cref="Error"/> is a one-line reason for failures.</summary>
public sealed record DocumentOutcome(string Path, OutcomeKind Kind, string? Error, long? ReportId, IReadOnlyList<Finding> Findings)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
