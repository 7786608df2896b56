namespace ReportIngest.Cli;

/// <summary>Exit codes of contract.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeDocumentsFailed = 1;
    public const int Usage = 2;
    public const int FindingsAtThreshold = 3;
}
