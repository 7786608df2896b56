namespace ReportIngest.Generator;

/// <summary>One genuine inconsistency of a generated filing, as the truth file lists it (contract.md, ground
/// truth).</summary>
public sealed record ExpectedFinding(string Rule, string Scope, string Severity, string Note);
