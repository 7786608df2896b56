using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What one generated document should be: its file name (the extension picks the format, .md or .txt), template
/// version, planted fault, and how it prints. <paramref name="Large"/> makes the filer a government handling
/// thousands of requests.
/// </summary>
public sealed record DocumentSpec(
    string FileName,
    TemplateVersion Version,
    Fault Fault,
    bool Large = false,
    bool BlankZeros = false,
    bool ThousandsSeparators = false);
