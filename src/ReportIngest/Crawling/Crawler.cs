using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Crawling.Fetching;
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
public sealed partial class Crawler(SqliteConnection connection, RawStore raw, PoliteFetcher fetcher)
{
    public CrawlLimits Limits { get; init; } = new();

    /// <summary>Where fetched documents go when a crawl is asked to ingest them.</summary>
    public FetchedIngest? Ingest { get; init; }

    public async Task<CrawlSummary> CrawlAsync(
        CrawlSource source,
        bool ingest,
        Action<string>? progress = null,
        CancellationToken cancel = default
    )
    {
        var state = new CrawlState(connection);
        var log = new FetchLog(connection);
        var (runId, resumed) = state.OpenRun(source.Name);
        var summary = new CrawlSummary(source.Name) { Resumed = resumed };
        if (resumed)
            progress?.Invoke($"[{source.Name}] resuming the crawl that stopped before finishing");

        void Record(FetchResult exchange) =>
            log.Add(source.Name, exchange, exchange.Body is { } body ? raw.Put(body, exchange.BodySha256) : null);
        fetcher.Exchanged += Record;
        try
        {
            var (newest, listedToEnd) = await ListAsync(source, runId, state, log, summary, progress, cancel);
            await FetchItemsAsync(source, runId, state, log, summary, progress, cancel);
            if (ingest)
            {
                if (Ingest is null)
                    throw new InvalidOperationException(
                        "crawling with ingest needs the ingestion pipeline: set Crawler.Ingest"
                    );
                var (stored, failed) = Ingest(state.WithBodies(source.Name, runId), message =>
                    progress?.Invoke($"[{source.Name}] {message}")
                );
                summary.Ingested = stored;
                for (var i = 0; i < failed; i++)
                    summary.Fail("parse_error");
            }
            state.FinishRun(runId, newest, listedToEnd);
            return summary;
        }
        finally
        {
            fetcher.Exchanged -= Record;
        }
    }

    /// <summary>A list page's body and the URL it came from: from the raw store when this run already read it
    /// (resuming), else fetched; null when it failed.</summary>
    private async Task<(byte[] Body, Uri Url)?> ListPageAsync(
        CrawlSource source,
        long runId,
        Uri url,
        CrawlState state,
        FetchLog log,
        CrawlSummary summary,
        CancellationToken cancel
    )
    {
        var item = state.Item(source.Name, url.AbsoluteUri);
        if (
            item is { RunId: var run, Sha256: { } stored, State: "fetched" or "unchanged" }
            && run == runId
            && raw.Contains(stored)
        )
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

    private async Task FetchItemsAsync(
        CrawlSource source,
        long runId,
        CrawlState state,
        FetchLog log,
        CrawlSummary summary,
        Action<string>? progress,
        CancellationToken cancel
    )
    {
        for (
            var pending = state.Pending(source.Name, runId);
            pending.Count > 0;
            pending = state.Pending(source.Name, runId)
        )
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
                    if (Complete(source, result, last, state, summary) is not var (sha256, pageUrl))
                        return 0;
                    // the page's links, from its body whether it came now or with an earlier response (304)
                    if (item.Kind == ItemKind.Report && LooksLikeHtml(result))
                        links.AddRange(Attachments(pageUrl, sha256));
                    foreach (var attachment in links)
                        state.Enqueue(source.Name, runId, attachment.AbsoluteUri, ItemKind.Attachment, null, item.Url);
                    return links.Count;
                });
                progress?.Invoke(
                    $"[{source.Name}] {(result.NotModified ? "unchanged" : result.Succeeded ? "fetched" : result.Failure.ToCode())} {item.Url}"
                        + (links.Count > 0 ? $" ({links.Count} attachment(s))" : "")
                );
                if (result.Failure.StopsHost())
                    summary.SourceFailure ??= $"{url.Host}: {result.Message}";
            }
        }
    }

    /// <summary>The files a report page links; none when its body is not text a page could be (a PDF served as HTML,
    /// say).</summary>
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
    private static (string Sha256, Uri Url)? Complete(
        CrawlSource source,
        FetchResult result,
        (string Sha256, Uri FinalUrl, Validators? Validators)? previous,
        CrawlState state,
        CrawlSummary? counts
    )
    {
        var url = result.Url.AbsoluteUri;
        if (result.Succeeded)
        {
            state.Complete(source.Name, url, "fetched", null, result.BodySha256, result.FinalUrl.AbsoluteUri);
            if (counts is not null)
                counts.Fetched++;
            return (result.BodySha256!, result.FinalUrl);
        }
        if (result.NotModified && previous is { } earlier)
        {
            state.Complete(source.Name, url, "unchanged", null, earlier.Sha256, earlier.FinalUrl.AbsoluteUri);
            if (counts is not null)
                counts.Unchanged++;
            return (earlier.Sha256, earlier.FinalUrl);
        }
        var failure = result.NotModified ? "not_modified_without_body" : result.Failure.ToCode();
        state.Complete(source.Name, url, "failed", failure, null, result.FinalUrl.AbsoluteUri);
        counts?.Fail(failure);
        return null;
    }

    private static bool LooksLikeHtml(FetchResult result) =>
        result.Header("Content-Type") is not { } type
        || type.Contains("html", StringComparison.OrdinalIgnoreCase)
        || type.Contains("text/plain", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="work"/> in one SQLite transaction (BEGIN IMMEDIATE: the write lock is taken up
    /// front, so concurrent writers wait).</summary>
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
