using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Crawling.Fetching;
using ReportIngest.Crawling.Profiles;
using ReportIngest.Documents;

using ReportIngest.Text;

namespace ReportIngest.Crawling;

/// <summary>
/// Collects a source's reports: pages through its list (profile), fetches the report pages it lists and the files
/// they link, and optionally ingests them. Every exchange is recorded as it happens and every item completed in its
/// own transaction, so a killed crawl resumes where it stopped; a re-crawl revalidates with conditional requests and,
/// when the last run read the whole list, stops paging at the page holding that run's newest report or only
/// reports it already has.
/// </summary>
public sealed class Crawler(SqliteConnection connection, RawStore raw, PoliteFetcher fetcher)
{
    public CrawlLimits Limits { get; init; } = new();

    /// <summary>Where fetched documents go when a crawl is asked to ingest them.</summary>
    public FetchedIngest? Ingest { get; init; }

    public async Task<CrawlSummary> CrawlAsync(CrawlSource source, bool ingest, Action<string>? progress = null, CancellationToken cancel = default)
    {
        var state = new CrawlState(connection);
        var log = new FetchLog(connection);
        var (runId, resumed) = state.OpenRun(source.Name);
        var summary = new CrawlSummary(source.Name) { Resumed = resumed };
        if (resumed) progress?.Invoke($"[{source.Name}] resuming the crawl that stopped before finishing");

        void Record(FetchResult exchange) => log.Add(source.Name, exchange, exchange.Body is { } body ? raw.Put(body, exchange.BodySha256) : null);
        fetcher.Exchanged += Record;
        try
        {
            var (newest, listedToEnd) = await ListAsync(source, runId, state, log, summary, progress, cancel);
            await FetchItemsAsync(source, runId, state, log, summary, progress, cancel);
            if (ingest)
            {
                if (Ingest is null) throw new InvalidOperationException("crawling with ingest needs the ingestion pipeline: set Crawler.Ingest");
                var (stored, failed) = Ingest(state.WithBodies(source.Name, runId), message => progress?.Invoke($"[{source.Name}] {message}"));
                summary.Ingested = stored;
                for (var i = 0; i < failed; i++) summary.Fail("parse_error");
            }
            state.FinishRun(runId, newest, listedToEnd);
            return summary;
        }
        finally
        {
            fetcher.Exchanged -= Record;
        }
    }

    /// <returns>The first report listed (the next run's cursor) and whether the list was read to its end.</returns>
    private async Task<(string? Newest, bool ToEnd)> ListAsync(CrawlSource source, long runId, CrawlState state, FetchLog log, CrawlSummary summary, Action<string>? progress, CancellationToken cancel)
    {
        var (lastListedToEnd, cursor) = state.LastRun(source.Name);
        ISiteProfile? profile = null;
        string? newest = null;
        var seenPages = new HashSet<Uri>();
        for (var url = source.ListUrl; url is not null;)
        {
            if (!seenPages.Add(url)) return (newest, false);
            if (summary.ListPages >= Limits.ListPages)
            {
                summary.LimitsHit.Add($"{Limits.ListPages} list pages read and the pager goes on (--max-list-pages): later pages not read");
                return (newest, false);
            }
            if (await ListPageAsync(source, runId, url, state, log, summary, cancel) is not var (body, pageUrl)) return (newest, false);
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
                summary.SourceFailure ??= $"list page {url} could not be read{(profile is null ? "" : $" as {profile.Name}")}: {e.Message}";
                return (newest, false);
            }
            summary.ListPages++;
            var reports = page.Items.Where(i => source.Wants(i.Title) && source.AllowedHosts.Contains(i.Url.IdnHost)).ToList();
            if (reports.Count > Limits.LinksPerListPage)
            {
                summary.LimitsHit.Add($"list page {pageUrl} links {reports.Count:N0} reports; the first {Limits.LinksPerListPage:N0} taken (--max-links-per-page)");
                reports = reports.Take(Limits.LinksPerListPage).ToList();
            }
            var room = Limits.ItemsPerSource - summary.ReportsFound;
            var full = reports.Count > room || (reports.Count == room && page.NextPage is not null);
            if (full)
            {
                summary.LimitsHit.Add($"{Limits.ItemsPerSource:N0} reports collected from the source (--max-items): the rest of its list not read");
                reports = reports.Take(room).ToList();
            }
            summary.ReportsFound += reports.Count;
            newest ??= reports.FirstOrDefault()?.Url.AbsoluteUri;
            var knownBefore = InTransaction(() => reports.Count(r => state.Enqueue(source.Name, runId, r.Url.AbsoluteUri, ItemKind.Report, r.Title, pageUrl.AbsoluteUri)));
            progress?.Invoke($"[{source.Name}] list page {summary.ListPages} ({profile.Name}): {page.Items.Count} link(s), {reports.Count} report(s), {knownBefore} collected before");
            if (page.NextPage is not null && lastListedToEnd && reports.Count > 0
                && (knownBefore == reports.Count || reports.Any(r => r.Url.AbsoluteUri == cursor)))
            {
                summary.StoppedPaging = $"paging stopped at list page {summary.ListPages}: the reports after it were collected by the last crawl";
                return (newest, true);
            }
            if (full) return (newest, false);
            url = page.NextPage;
        }
        return (newest, true);
    }

    /// <summary>A list page's body and the URL it came from: from the raw store when this run already read it (resuming), else fetched; null when it failed.</summary>
    private async Task<(byte[] Body, Uri Url)?> ListPageAsync(CrawlSource source, long runId, Uri url, CrawlState state, FetchLog log, CrawlSummary summary, CancellationToken cancel)
    {
        var item = state.Item(source.Name, url.AbsoluteUri);
        if (item is { RunId: var run, Sha256: { } stored, State: "fetched" or "unchanged" } && run == runId && raw.Contains(stored))
            return (raw.Get(stored), new Uri(item.FinalUrl ?? item.Url));
        InTransaction(() => state.Enqueue(source.Name, runId, url.AbsoluteUri, ItemKind.List, null, null));
        var last = log.LastBody(url.AbsoluteUri, raw);
        var result = await fetcher.FetchAsync(url, source.AllowedHosts, last?.Validators, cancel: cancel);
        var outcome = InTransaction(() => Complete(source, result, last, state, counts: null));
        if (outcome is null)
        {
            summary.Fail(result.Failure.ToCode());
            summary.SourceFailure ??= $"list page {url} could not be read: {result.Message}";
            return null;
        }
        return (raw.Get(outcome.Value.Sha256), outcome.Value.Url);
    }

    private async Task FetchItemsAsync(CrawlSource source, long runId, CrawlState state, FetchLog log, CrawlSummary summary, Action<string>? progress, CancellationToken cancel)
    {
        for (var pending = state.Pending(source.Name, runId); pending.Count > 0; pending = state.Pending(source.Name, runId))
        {
            foreach (var item in pending)
            {
                var url = new Uri(item.Url);
                var referrer = item.Referrer is null ? null : new Uri(item.Referrer);
                var last = log.LastBody(item.Url, raw);
                var result = await fetcher.FetchAsync(url, source.AllowedHosts, last?.Validators, referrer, cancel);
                var links = new List<Uri>();
                InTransaction(() =>
                {
                    if (Complete(source, result, last, state, summary) is not var (sha256, pageUrl)) return 0;
                    // the page's links, from its body whether it came now or with an earlier response (304)
                    if (item.Kind == ItemKind.Report && LooksLikeHtml(result)) links.AddRange(Attachments(pageUrl, sha256));
                    foreach (var attachment in links) state.Enqueue(source.Name, runId, attachment.AbsoluteUri, ItemKind.Attachment, null, item.Url);
                    return links.Count;
                });
                progress?.Invoke($"[{source.Name}] {(result.NotModified ? "unchanged" : result.Succeeded ? "fetched" : result.Failure.ToCode())} {item.Url}" +
                                 (links.Count > 0 ? $" ({links.Count} attachment(s))" : ""));
                if (result.Failure.StopsHost()) summary.SourceFailure ??= $"{url.Host}: {result.Message}";
            }
        }
    }

    /// <summary>The files a report page links; none when its body is not text a page could be (a PDF served as HTML, say).</summary>
    private IReadOnlyList<Uri> Attachments(Uri pageUrl, string sha256)
    {
        try
        {
            return AttachmentLinks.Find(pageUrl, HtmlDecoder.Decode(raw.Get(sha256)));
        }
        catch (DocumentReadException)
        {
            return [];
        }
    }

    /// <summary>
    /// Completes the item the result answers (its exchanges are already in the fetch log and their bodies in the raw
    /// store). Returns the body the item now has and where it came from (after redirects; for a 304, the earlier
    /// response's), or null when it failed. Report pages and attachments are counted in <paramref name="counts"/>.
    /// </summary>
    private static (string Sha256, Uri Url)? Complete(CrawlSource source, FetchResult result, (string Sha256, Uri FinalUrl, Validators? Validators)? previous,
        CrawlState state, CrawlSummary? counts)
    {
        var url = result.Url.AbsoluteUri;
        if (result.Succeeded)
        {
            state.Complete(source.Name, url, "fetched", null, result.BodySha256, result.FinalUrl.AbsoluteUri);
            if (counts is not null) counts.Fetched++;
            return (result.BodySha256!, result.FinalUrl);
        }
        if (result.NotModified && previous is { } earlier)
        {
            state.Complete(source.Name, url, "unchanged", null, earlier.Sha256, earlier.FinalUrl.AbsoluteUri);
            if (counts is not null) counts.Unchanged++;
            return (earlier.Sha256, earlier.FinalUrl);
        }
        var failure = result.NotModified ? "not_modified_without_body" : result.Failure.ToCode();
        state.Complete(source.Name, url, "failed", failure, null, result.FinalUrl.AbsoluteUri);
        counts?.Fail(failure);
        return null;
    }

    private static bool LooksLikeHtml(FetchResult result) =>
        result.Header("Content-Type") is not { } type || type.Contains("html", StringComparison.OrdinalIgnoreCase) || type.Contains("text/plain", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="work"/> in one SQLite transaction (BEGIN IMMEDIATE: the write lock is taken up front, so concurrent writers wait).</summary>
    private T InTransaction<T>(Func<T> work)
    {
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            var result = work();
            connection.Execute("COMMIT");
            return result;
        }
        catch
        {
            connection.Execute("ROLLBACK");
            throw;
        }
    }
}
