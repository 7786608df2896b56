namespace ReportIngest.Evaluation;

/// <summary>A genuine inconsistency of the filing, as the truth file lists it.</summary>
public sealed record TruthFinding(string Rule, string Scope, string Severity);
