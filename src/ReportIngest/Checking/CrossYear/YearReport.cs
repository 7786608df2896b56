namespace ReportIngest.Checking.CrossYear;

/// <summary>One stored report as the cross-year rules see it: who filed it, for which year, and its facts.</summary>
public sealed record YearReport(long Id, string Document, string? Agency, int Year, ReportFacts Facts);
