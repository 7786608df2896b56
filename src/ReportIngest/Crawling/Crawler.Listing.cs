using ReportIngest.Crawling.Profiles;
using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Crawling;

/// <summary>
/// How a crawl reads its source's list: page after page through the profile, within the limits, each page's reports
/// queued; when the last run read the whole list, paging stops at the page holding that run's newest report or only
/// reports it already has.
/// </summary>
public sealed partial class Crawler
{
    /// <returns>The first report listed (the next run's cursor) and whether the list was read to its end.</returns>
    private async Task<(string? Newest, bool ToEnd)> ListAsync(
        CrawlSource source,
        long runId,
        CrawlState state,
        FetchLog log,
        CrawlSummary summary,
        Action<string>? progress,
        CancellationToken cancel
    )
    {
        var (lastListedToEnd, cursor) = state.LastRun(source.Name);
        ISiteProfile? profile = null;
        string? newest = null;
        var seenPages = new HashSet<Uri>();
        for (var url = source.ListUrl; url is not null; )
        {
            if (!seenPages.Add(url))
                return (newest, false);
            if (summary.ListPages >= Limits.ListPages)
            {
                summary.LimitsHit.Add(
                    $"{Limits.ListPages} list pages read and the pager goes on (--max-list-pages): later pages not read"
                );
                return (newest, false);
            }
            if (await ListPageAsync(source, runId, url, state, log, summary, cancel) is not var (body, pageUrl))
                return (newest, false);
            ListPage page;
            try
            {
                var text = HtmlDecoder.Decode(body);
                profile ??= SiteProfiles.For(source.Profile, pageUrl, text);
                page = profile.Read(pageUrl, text); // links resolve against where the page really is, after redirects
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or DocumentReadException)
            {
                summary.Fail("parse_error");
                summary.SourceFailure ??=
                    $"list page {url} could not be read{(profile is null ? "" : $" as {profile.Name}")}: {e.Message}";
                return (newest, false);
            }
            summary.ListPages++;
            var reports = page
                .Items.Where(i => source.Wants(i.Title) && source.AllowedHosts.Contains(i.Url.IdnHost))
                .ToList();
            if (reports.Count > Limits.LinksPerListPage)
            {
                summary.LimitsHit.Add(
                    $"list page {pageUrl} links {reports.Count:N0} reports; the first {Limits.LinksPerListPage:N0} taken (--max-links-per-page)"
                );
                reports = reports.Take(Limits.LinksPerListPage).ToList();
            }
            var room = Limits.ItemsPerSource - summary.ReportsFound;
            var full = reports.Count > room || (reports.Count == room && page.NextPage is not null);
            if (full)
            {
                summary.LimitsHit.Add(
                    $"{Limits.ItemsPerSource:N0} reports collected from the source (--max-items): the rest of its list not read"
                );
                reports = reports.Take(room).ToList();
            }
            summary.ReportsFound += reports.Count;
            newest ??= reports.FirstOrDefault()?.Url.AbsoluteUri;
            var knownBefore = InTransaction(() =>
                reports.Count(r =>
                    state.Enqueue(source.Name, runId, r.Url.AbsoluteUri, ItemKind.Report, r.Title, pageUrl.AbsoluteUri)
                )
            );
            progress?.Invoke(
                $"[{source.Name}] list page {summary.ListPages} ({profile.Name}): {page.Items.Count} link(s), {reports.Count} report(s), {knownBefore} collected before"
            );
            if (
                page.NextPage is not null
                && lastListedToEnd
                && reports.Count > 0
                && (knownBefore == reports.Count || reports.Any(r => r.Url.AbsoluteUri == cursor))
            )
            {
                summary.StoppedPaging =
                    $"paging stopped at list page {summary.ListPages}: the reports after it were collected by the last crawl";
                return (newest, true);
            }
            if (full)
                return (newest, false);
            url = page.NextPage;
        }
        return (newest, true);
    }
}
