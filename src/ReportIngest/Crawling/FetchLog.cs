using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Crawling.Fetching;

namespace ReportIngest.Crawling;

/// <summary>
/// The provenance of every HTTP exchange (each attempt and redirect hop, robots.txt too): the URL asked for, the URL
/// of the exchange, time, status, the headers sent and received, the body's SHA-256 in the raw store, the referrer
/// and any failure. It also answers what a conditional request needs.
/// </summary>
public sealed class FetchLog(SqliteConnection connection)
{
    public void Add(string source, FetchResult result, string? sha256) =>
        connection.Execute(
            """
            INSERT INTO fetches (source, url, final_url, fetched_at, status, request_headers, headers, sha256, size, referrer, failure, message)
            VALUES (@source, @url, @finalUrl, @at, @Status, @sent, @received, @sha256, @size, @referrer, @failure, @Message)
            """,
            new
            {
                source,
                url = result.Url.AbsoluteUri,
                finalUrl = result.FinalUrl.AbsoluteUri,
                at = result.FetchedAt.ToString("O"),
                result.Status,
                sent = JsonSerializer.Serialize(result.RequestHeaders),
                received = JsonSerializer.Serialize(result.Headers),
                sha256,
                size = result.Body?.Length,
                referrer = result.Referrer?.AbsoluteUri,
                failure = result.Failure == FetchFailure.None ? null : result.Failure.ToCode(),
                result.Message,
            }
        );

    /// <summary>
    /// The last body received for <paramref name="url"/> that is still in the raw store, with the ETag and
    /// Last-Modified it came with (for a conditional request; null validators when it had none).
    /// </summary>
    public (string Sha256, Uri FinalUrl, Validators? Validators)? LastBody(string url, RawStore raw)
    {
        var last = connection.QueryFirstOrDefault<(string Headers, string Sha256, string FinalUrl)?>(
            "SELECT headers, sha256, final_url FROM fetches WHERE url = @url AND sha256 IS NOT NULL AND failure IS NULL ORDER BY id DESC LIMIT 1",
            new { url }
        );
        if (last is not { } found || !raw.Contains(found.Sha256))
            return null;
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(found.Headers) ?? [];
        var finalUrl = new Uri(found.FinalUrl);
        var validators = new Validators(Find(headers, "ETag"), Find(headers, "Last-Modified"), finalUrl);
        return (found.Sha256, finalUrl, validators.Any ? validators : null);
    }

    private static string? Find(Dictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Every fetch that got a response, in order, for the WARC export.</summary>
    public IEnumerable<FetchRecord> All() =>
        connection.Query<FetchRecord>(
            """
            SELECT id AS Id, source AS Source, url AS Url, final_url AS FinalUrl, fetched_at AS FetchedAt, status AS Status,
                   request_headers AS RequestHeaders, headers AS Headers, sha256 AS Sha256, referrer AS Referrer, failure AS Failure
            FROM fetches WHERE status IS NOT NULL ORDER BY id
            """,
            buffered: false
        );
}
