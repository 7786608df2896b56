namespace ReportIngest.Evidence;

/// <summary>The words severities, statuses and attributions are stored and exported as (contract.md), and
/// back.</summary>
public static class EvidenceCodes
{
    public static string Code(this Severity severity) =>
        severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };

    public static string Code(this FindingStatus status) => status == FindingStatus.Uncertain ? "uncertain" : "fail";

    public static string Code(this Attribution attribution) =>
        attribution switch
        {
            Attribution.Filer => "filer",
            Attribution.Parser => "parser",
            _ => "unknown",
        };

    public static Severity ParseSeverity(string code) =>
        code switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => throw new FormatException($"not a severity: \"{code}\" (info, warning or error)"),
        };

    public static Attribution ParseAttribution(string code) =>
        code switch
        {
            "filer" => Attribution.Filer,
            "parser" => Attribution.Parser,
            _ => Attribution.Unknown,
        };
}
