namespace ReportIngest.Evaluation;

/// <summary>
/// How one document scored: cells right of cells scored (with the misses, each with what we stored, and among them the
/// wrong values: cells stored as read whose value is not what the document says), truth
/// errors found as filer errors, truth errors missed, filer errors we raised that the truth does not list, and
/// truth warnings found among our findings, filer warnings we raised that the truth does not list, and the report-level
/// fields (template, year, title, dates) right of those the truth gives.
/// </summary>
public sealed record DocumentScore(
    string Document,
    int CellsRight,
    int CellsScored,
    IReadOnlyList<string> CellMisses,
    IReadOnlyList<string> WrongValues,
    int ErrorsFound,
    IReadOnlyList<string> ErrorsMissed,
    IReadOnlyList<string> FalseFilerErrors,
    int WarningsFound,
    IReadOnlyList<string> WarningsMissed,
    IReadOnlyList<string> FalseFilerWarnings,
    int MetadataRight,
    int MetadataScored,
    IReadOnlyList<string> MetadataMisses
)
{
    public double CellAccuracy => CellsScored == 0 ? 1 : (double)CellsRight / CellsScored;
}
