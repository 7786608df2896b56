namespace ReportIngest.Crawling;

/// <summary>
/// How far one source's crawl goes at most. A real list shows 15–50 reports a page and an office files one report a
/// year: reaching a cap means the site is not what it seems (an endless pager, a page of 100,000 links), and the
/// crawl says so in its summary and exits 1 rather than fetch for days.
/// </summary>
public sealed record CrawlLimits
{
    /// <summary>A list is not paged further than this, whatever its pager says.</summary>
    public int ListPages { get; init; } = 500;

    /// <summary>Reports taken from one list page at most.</summary>
    public int LinksPerListPage { get; init; } = 500;

    /// <summary>Reports collected from one source at most in one crawl.</summary>
    public int ItemsPerSource { get; init; } = 5_000;
}
