using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Crawling.Fetching;
using ReportIngest.Crawling.Profiles;
using ReportIngest.Readers.Html;

namespace ReportIngest.Crawling;

/// <summary>
/// Collects a source's reports: pages through its list (profile), fetches the report pages it lists and the files
/// they link, and optionally ingests them. Every step is recorded in the database as it completes, one transaction
/// per item, so a killed crawl resumes where it stopped; a re-crawl revalidates with conditional requests and stops
/// paging at the first list page whose reports it already has.
/// </summary>
public sealed class Crawler(SqliteConnection connection, RawStore raw, PoliteFetcher fetcher)
{
    /// <summary>A list is not paged further than this, whatever its pager says.</summary>
    public int MaxListPages { get; init; } = 500;

    public async Task<CrawlSummary> CrawlAsync(CrawlSource source, bool ingest, Action<string>? progress = null, CancellationToken cancel = default)
    {
        var state = new CrawlState(connection);
        var log = new FetchLog(connection);
        var (runId, resumed) = state.OpenRun(source.Name);
        var summary = new CrawlSummary(source.Name) { Resumed = resumed };
        if (resumed) progress?.Invoke($"[{source.Name}] resuming the crawl that stopped before finishing");

        void Record(FetchResult exchange) => log.Add(source.Name, exchange, exchange.Body is { } body ? raw.Put(body) : null);
        fetcher.Exchanged += Record;
        try
        {
            var newest = await ListAsync(source, runId, state, log, summary, progress, cancel);
            await FetchItemsAsync(source, runId, state, log, summary, progress, cancel);
            if (ingest)
            {
                var (stored, failed) = new CrawledDocuments(connection, raw).Ingest(state.WithBodies(source.Name, runId), message => progress?.Invoke($"[{source.Name}] {message}"));
                summary.Ingested = stored;
                for (var i = 0; i < failed; i++) summary.Fail("parse_error");
            }
            state.FinishRun(runId, newest);
            return summary;
        }
        finally
        {
            fetcher.Exchanged -= Record;
        }
    }

    private async Task<string?> ListAsync(CrawlSource source, long runId, CrawlState state, FetchLog log, CrawlSummary summary, Action<string>? progress, CancellationToken cancel)
    {
        ISiteProfile? profile = null;
        string? newest = null;
        var seenPages = new HashSet<Uri>();
        for (var url = source.ListUrl; url is not null && summary.ListPages < MaxListPages && seenPages.Add(url);)
        {
            var body = await ListPageAsync(source, runId, url, state, log, summary, cancel);
            if (body is null) return newest;
            var text = HtmlDecoder.Decode(body);
            profile ??= SiteProfiles.For(source.Profile, url, text);
            ListPage page;
            try
            {
                page = profile.Read(url, text);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                summary.Fail("parse_error");
                summary.SourceFailure ??= $"list page {url} could not be read as {profile.Name}: {e.Message}";
                return newest;
            }
            summary.ListPages++;
            var reports = page.Items.Where(i => source.Wants(i.Title) && source.AllowedHosts.Contains(i.Url.IdnHost)).ToList();
            summary.ReportsFound += reports.Count;
            newest ??= reports.FirstOrDefault()?.Url.AbsoluteUri;
            var knownBefore = InTransaction(() => reports.Count(r => state.Enqueue(source.Name, runId, r.Url.AbsoluteUri, ItemKind.Report, r.Title, url.AbsoluteUri)));
            progress?.Invoke($"[{source.Name}] list page {summary.ListPages} ({profile.Name}): {page.Items.Count} link(s), {reports.Count} report(s), {knownBefore} already known");
            if (reports.Count > 0 && knownBefore == reports.Count && page.NextPage is not null)
            {
                summary.StoppedPaging = $"paging stopped at list page {summary.ListPages}: every report on it was collected before";
                break;
            }
            url = page.NextPage;
        }
        return newest;
    }

    /// <summary>A list page's body: from the raw store when this run already read it (resuming), else fetched; null when it failed.</summary>
    private async Task<byte[]?> ListPageAsync(CrawlSource source, long runId, Uri url, CrawlState state, FetchLog log, CrawlSummary summary, CancellationToken cancel)
    {
        var item = state.Item(source.Name, url.AbsoluteUri);
        if (item is { RunId: var run, Sha256: { } stored, State: "fetched" or "unchanged" } && run == runId && raw.Contains(stored)) return raw.Get(stored);
        InTransaction(() => state.Enqueue(source.Name, runId, url.AbsoluteUri, ItemKind.List, null, null));
        var last = log.LastBody(url.AbsoluteUri, raw);
        var result = await fetcher.FetchAsync(url, source.AllowedHosts, last?.Validators, cancel: cancel);
        var outcome = InTransaction(() => Complete(source, result, last?.Sha256, state, counts: null));
        if (outcome is null)
        {
            summary.SourceFailure ??= $"list page {url} could not be read: {result.Message}";
            return null;
        }
        return raw.Get(outcome);
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
                var links = item.Kind == ItemKind.Report && result.Succeeded && LooksLikeHtml(result) ? AttachmentLinks.Find(result.FinalUrl, HtmlDecoder.Decode(result.Body!)) : [];
                InTransaction(() =>
                {
                    if (Complete(source, result, last?.Sha256, state, summary) is null) return 0;
                    var attachments = result.NotModified ? state.AttachmentsOf(source.Name, item.Url) : links.Select(l => l.AbsoluteUri).ToList();
                    foreach (var attachment in attachments) state.Enqueue(source.Name, runId, attachment, ItemKind.Attachment, null, item.Url);
                    return attachments.Count;
                });
                progress?.Invoke($"[{source.Name}] {(result.NotModified ? "unchanged" : result.Succeeded ? "fetched" : result.Failure.ToCode())} {item.Url}" +
                                 (links.Count > 0 ? $" ({links.Count} attachment(s))" : ""));
                if (result.Failure.StopsHost()) summary.SourceFailure ??= $"{url.Host}: {result.Message}";
            }
        }
    }

    /// <summary>
    /// Completes the item the result answers (its exchanges are already in the fetch log and their bodies in the raw
    /// store); returns the SHA-256 of the body the item now has, or null when it failed. Report pages and attachments
    /// are counted in <paramref name="counts"/>; list pages are not.
    /// </summary>
    private static string? Complete(CrawlSource source, FetchResult result, string? previousSha256, CrawlState state, CrawlSummary? counts)
    {
        var sha256 = result.Succeeded ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(result.Body!)) : null;
        var url = result.Url.AbsoluteUri;
        if (result.Succeeded)
        {
            state.Complete(source.Name, url, "fetched", null, sha256, result.FinalUrl.AbsoluteUri);
            if (counts is not null) counts.Fetched++;
            return sha256;
        }
        if (result.NotModified && previousSha256 is not null)
        {
            state.Complete(source.Name, url, "unchanged", null, null, null);
            if (counts is not null) counts.Unchanged++;
            return previousSha256;
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
