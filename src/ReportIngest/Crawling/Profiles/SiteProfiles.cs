namespace ReportIngest.Crawling.Profiles;

/// <summary>The profiles a source can name, and <c>auto</c>: the first that recognises the list page, else
/// generic.</summary>
public static class SiteProfiles
{
    public static IReadOnlyList<ISiteProfile> All { get; } =
    [new GkmlptProfile(), new UnitbuildProfile(), new TrsProfile(), new HanwebJpageProfile(), new GenericProfile()];

    public static IReadOnlyList<string> Names { get; } = ["auto", .. All.Select(p => p.Name)];

    public static ISiteProfile For(string name, Uri url, string listPage) =>
        name == "auto" ? All.First(p => p.Recognises(url, listPage)) : All.First(p => p.Name == name);
}
