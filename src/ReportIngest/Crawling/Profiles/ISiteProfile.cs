namespace ReportIngest.Crawling.Profiles;

/// <summary>How one CMS family lists a column's items and pages through them.</summary>
public interface ISiteProfile
{
    string Name { get; }

    /// <summary>Whether a list page was made by this CMS (for <c>auto</c>).</summary>
    bool Recognises(Uri url, string page);

    /// <summary>The items one list page (or list response) holds and the next page to ask for, if any.</summary>
    ListPage Read(Uri url, string page);
}
