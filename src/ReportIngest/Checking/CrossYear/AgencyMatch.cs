namespace ReportIngest.Checking.CrossYear;

/// <summary>How sure a pairing of two reports' agencies is.</summary>
public enum AgencyMatch
{
    Different,
    Uncertain,
    Same,
}
