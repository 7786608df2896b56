namespace ReportIngest.Crawling.Profiles;

/// <summary>A linked item of a list: where it is, its title, and the date printed beside it.</summary>
public sealed record ListItem(Uri Url, string Title, string? Date);
