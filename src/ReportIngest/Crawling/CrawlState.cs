using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Crawling;

/// <summary>
/// The resumable state of a source's crawls in the database: runs (one open at a time; a killed crawl's run is
/// resumed, not restarted) and the items each has seen with where they stand.
/// </summary>
public sealed class CrawlState(SqliteConnection connection)
{
    /// <summary>
    /// The source's unfinished run (a crawl that was killed), or a new one. A new run takes over the items that
    /// failed before, so that they are tried again even when paging stops before their list page.
    /// </summary>
    public (long RunId, bool Resumed) OpenRun(string source)
    {
        var open = connection.ExecuteScalar<long?>(
            "SELECT id FROM crawl_runs WHERE source = @source AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            new { source }
        );
        if (open is { } id)
            return (id, true);
        connection.Execute("BEGIN IMMEDIATE");
        var runId = connection.ExecuteScalar<long>(
            "INSERT INTO crawl_runs (source, started_at) VALUES (@source, @now) RETURNING id",
            new { source, now = DateTimeOffset.UtcNow.ToString("O") }
        );
        connection.Execute(
            "UPDATE crawl_items SET run_id = @runId, state = 'pending' WHERE source = @source AND state = 'failed' AND kind <> 'list'",
            new { source, runId }
        );
        connection.Execute("COMMIT");
        return (runId, false);
    }

    /// <param name="runId">The run to finish.</param>
    /// <param name="newestItem">The first report listed: the cursor the next run stops paging at.</param>
    /// <param name="listedToEnd">Whether the list was read to its last page; only then may the next run stop paging
    /// early.</param>
    public void FinishRun(long runId, string? newestItem, bool listedToEnd) =>
        connection.Execute(
            "UPDATE crawl_runs SET finished_at = @now, newest_item = @newestItem, listed_to_end = @listedToEnd WHERE id = @runId",
            new
            {
                runId,
                newestItem,
                listedToEnd,
                now = DateTimeOffset.UtcNow.ToString("O"),
            }
        );

    /// <summary>The newest report the source's last finished run listed, if that run read the whole list (else paging
    /// must go to the end again).</summary>
    public (bool ListedToEnd, string? NewestItem) LastRun(string source) =>
        connection.QueryFirstOrDefault<(bool, string?)>(
            "SELECT listed_to_end, newest_item FROM crawl_runs WHERE source = @source AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            new { source }
        );

    public CrawlItem? Item(string source, string url) =>
        connection.QueryFirstOrDefault<CrawlItem>(
            $"{SelectItems} WHERE source = @source AND url = @url",
            new { source, url }
        );

    /// <summary>
    /// Makes <paramref name="url"/> an item of this run: new items are pending; items of an earlier run become
    /// pending again (to be revalidated); items this run already has keep their state. Returns whether the item was
    /// collected before this run (a body fetched then).
    /// </summary>
    public bool Enqueue(string source, long runId, string url, ItemKind kind, string? title, string? referrer)
    {
        var existing = Item(source, url);
        if (existing is null)
        {
            connection.Execute(
                """
                INSERT INTO crawl_items (source, url, kind, title, referrer, run_id, state) VALUES (@source, @url, @kind, @title, @referrer, @runId, 'pending')
                """,
                new
                {
                    source,
                    url,
                    kind = kind.ToString().ToLowerInvariant(),
                    title,
                    referrer,
                    runId,
                }
            );
            return false;
        }
        if (existing.RunId != runId)
            connection.Execute(
                "UPDATE crawl_items SET run_id = @runId, state = 'pending', failure = NULL, title = COALESCE(@title, title) WHERE source = @source AND url = @url",
                new
                {
                    source,
                    url,
                    runId,
                    title,
                }
            );
        return existing.RunId != runId && existing.Sha256 is not null;
    }

    /// <summary>Records where an item ended; a body it had before stays when this attempt brought none.</summary>
    public void Complete(string source, string url, string state, string? failure, string? sha256, string? finalUrl) =>
        connection.Execute(
            """
            UPDATE crawl_items SET state = @state, failure = @failure, sha256 = COALESCE(@sha256, sha256), final_url = COALESCE(@finalUrl, final_url)
            WHERE source = @source AND url = @url
            """,
            new
            {
                source,
                url,
                state,
                failure,
                sha256,
                finalUrl,
            }
        );

    /// <summary>The items of this run still to fetch (report pages and attachments), in the order they were
    /// found.</summary>
    public IReadOnlyList<CrawlItem> Pending(string source, long runId) =>
        [
            .. connection.Query<CrawlItem>(
                $"{SelectItems} WHERE source = @source AND run_id = @runId AND state = 'pending' AND kind <> 'list' ORDER BY rowid",
                new { source, runId }
            ),
        ];

    /// <summary>Report pages and attachments of this run with a body (fetched now or before).</summary>
    public IReadOnlyList<CrawlItem> WithBodies(string source, long runId) =>
        [
            .. connection.Query<CrawlItem>(
                $"{SelectItems} WHERE source = @source AND run_id = @runId AND kind <> 'list' AND sha256 IS NOT NULL ORDER BY rowid",
                new { source, runId }
            ),
        ];

    /// <summary>Every report page and attachment of any source and run with a body, as last fetched.</summary>
    public IReadOnlyList<CrawlItem> AllWithBodies() =>
        [.. connection.Query<CrawlItem>($"{SelectItems} WHERE kind <> 'list' AND sha256 IS NOT NULL ORDER BY rowid")];

    private const string SelectItems = """
        SELECT url AS Url, kind AS Kind, title AS Title, referrer AS Referrer,
               run_id AS RunId, state AS State, failure AS Failure, sha256 AS Sha256, final_url AS FinalUrl
        FROM crawl_items
        """;
}
