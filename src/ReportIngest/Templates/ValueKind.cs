namespace ReportIngest.Templates;

/// <summary>What a template cell measures; decides which numbers are valid in it.</summary>
public enum ValueKind
{
    /// <summary>A count of items, requests or cases: an integer ≥ 0.</summary>
    Count,

    /// <summary>A change in a count (2019 本年增/减): an integer that may be negative.</summary>
    SignedCount,

    /// <summary>An amount of money, decimal allowed, in the column's unit.</summary>
    Money,
}
