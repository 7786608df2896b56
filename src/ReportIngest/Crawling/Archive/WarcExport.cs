using System.Text.Json;

namespace ReportIngest.Crawling.Archive;

/// <summary>Writes every recorded fetch that got a response, with its body from the raw store, to one WARC
/// file.</summary>
public static class WarcExport
{
    /// <returns>How many request/response pairs were written.</returns>
    public static int Write(FetchLog log, RawStore raw, string path)
    {
        using var file = File.Create(path);
        var writer = new WarcWriter(file);
        writer.WriteInfo(
            Path.GetFileName(path),
            new Dictionary<string, string>
            {
                ["software"] = "ReportIngest",
                ["format"] = "WARC File Format 1.1",
                ["conformsTo"] = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            }
        );
        var count = 0;
        foreach (var fetch in log.All())
        {
            var stored = fetch.Sha256 is { } sha && raw.Contains(sha);
            var body = stored ? raw.Get(fetch.Sha256!) : [];
            var bodiless = fetch.Status is 204 or 304 || (fetch.Status is >= 300 and < 400 && fetch.Failure is null);
            writer.WriteExchange(
                new Uri(fetch.FinalUrl),
                DateTimeOffset.Parse(fetch.FetchedAt, System.Globalization.CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<Dictionary<string, string>>(fetch.RequestHeaders) ?? [],
                (int)fetch.Status!.Value,
                JsonSerializer.Deserialize<Dictionary<string, string>>(fetch.Headers) ?? [],
                body,
                truncated: !stored && !bodiless
            );
            count++;
        }
        return count;
    }
}
