namespace ReportIngest.Crawling.Profiles;

/// <summary>What one list page gave: its items and the next page (null on the last).</summary>
public sealed record ListPage(IReadOnlyList<ListItem> Items, Uri? NextPage);
