using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What one generated document should be: its file name (the extension picks the format, .md or .txt),
/// template version, planted fault, and how it prints. <paramref name="Large"/> makes the filer a government
/// handling thousands of requests. <paramref name="Placeholders"/> prints some zeros as "-", "/", "无" or "—"
/// (template.md §8.3); <paramref name="MoneyUnits"/> prints money with its unit in the cell ("251000元", §8.4).
/// </summary>
public sealed record DocumentSpec(
    string FileName,
    TemplateVersion Version,
    Fault Fault,
    bool Large = false,
    bool BlankZeros = false,
    bool ThousandsSeparators = false,
    bool Placeholders = false,
    bool MoneyUnits = false);
