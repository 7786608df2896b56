using System.Text.RegularExpressions;

namespace ReportIngest.Crawling;

/// <summary>
/// One site column to collect reports from: its list page, how the site lists items (a profile name or
/// <c>auto</c>), which item titles are reports, which report years are wanted, and the hosts besides the list
/// page's own that may serve its attachments.
/// </summary>
public sealed record CrawlSource(string Name, Uri ListUrl)
{
    /// <summary>Titles of the annual disclosure reports: 政府信息公开(工作)年度报告, 政务公开…年度报告 and the like.</summary>
    public const string DefaultTitlePattern = "(政府信息公开|政务公开|信息公开).*年度?报告";

    public string Profile { get; init; } = "auto";
    public Regex TitlePattern { get; init; } = new(DefaultTitlePattern);
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public IReadOnlyList<string> AttachmentHosts { get; init; } = [];

    /// <summary>The hosts this source may request: the list page's and its declared attachment hosts.</summary>
    public IReadOnlySet<string> AllowedHosts =>
        new HashSet<string>([ListUrl.IdnHost, .. AttachmentHosts], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an item titled so is a report of a wanted year (a title without a year passes the year
    /// range).</summary>
    public bool Wants(string title)
    {
        if (!TitlePattern.IsMatch(title))
            return false;
        if (ReportYearInTitle(title) is not { } year)
            return true;
        return (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);
    }

    private static int? ReportYearInTitle(string title) =>
        Regex.Match(title, @"(?<!\d)(19|20)\d{2}(?!\d)") is { Success: true } m ? int.Parse(m.Value) : null;
}
