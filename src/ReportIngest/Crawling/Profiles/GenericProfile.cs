namespace ReportIngest.Crawling.Profiles;

/// <summary>Any list page: its links (the source's title pattern picks the reports) and a "下一页" link.</summary>
public sealed class GenericProfile : ISiteProfile
{
    public string Name => "generic";

    public bool Recognises(Uri url, string page) => true;

    public ListPage Read(Uri url, string page) => new(ListLinks.Read(url, page), ListLinks.NextPageLink(url, page));
}
