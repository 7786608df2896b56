namespace ReportIngest.Checking;

/// <summary>A rule over the facts of one report.</summary>
public interface IReportRule
{
    IEnumerable<Finding> Evaluate(ReportFacts report);
}
