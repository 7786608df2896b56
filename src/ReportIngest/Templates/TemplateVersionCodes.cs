namespace ReportIngest.Templates;

public static class TemplateVersionCodes
{
    public static string ToCode(this TemplateVersion version) =>
        version switch
        {
            TemplateVersion.Gov2019 => "gov2019",
            TemplateVersion.Gov2021 => "gov2021",
            _ => "pre2019",
        };

    public static TemplateVersion? Parse(string? code) =>
        code switch
        {
            "gov2019" => TemplateVersion.Gov2019,
            "gov2021" => TemplateVersion.Gov2021,
            "pre2019" => TemplateVersion.Pre2019,
            _ => null,
        };
}
