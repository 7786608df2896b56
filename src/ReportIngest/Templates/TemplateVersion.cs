namespace ReportIngest.Templates;

/// <summary>Template versions, as the contract spells them.</summary>
public enum TemplateVersion
{
    Gov2019,
    Gov2021,
    Pre2019,
}
