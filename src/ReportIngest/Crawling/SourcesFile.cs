using System.Text.Json;
using System.Text.RegularExpressions;
using ReportIngest.Crawling.Profiles;

namespace ReportIngest.Crawling;

/// <summary>
/// Reads a sources file: a JSON array of site columns,
/// <c>[{"name": "平潭", "url": "https://…/zfxxgknb/", "profile": "auto", "title": "…年度报告", "from": 2019, "to": 2025,
/// "attachment_hosts": ["…"]}]</c>; only url is required. A source's name keys its crawl state, so names must differ.
/// </summary>
public static class SourcesFile
{
    public static IReadOnlyList<CrawlSource> Load(string path)
    {
        using var json = JsonDocument.Parse(
            File.ReadAllBytes(path),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
        );
        if (json.RootElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}: expected a JSON array of sources");
        var sources = json
            .RootElement.EnumerateArray()
            .Select((entry, i) => Parse(entry, $"{path}: source {i + 1}"))
            .ToList();
        if (sources.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new FormatException(
                $"{path}: two sources are named \"{twice.Key}\"; give each its own \"name\" (two columns under one name would share and resume each other's crawls)"
            );
        return sources;
    }

    /// <summary>A source from its parts, checked: an http(s) URL and a known profile. Without a name, the list URL's
    /// host and path name it.</summary>
    public static CrawlSource Create(
        string? name,
        string url,
        string profile = "auto",
        string? title = null,
        int? from = null,
        int? to = null,
        IReadOnlyList<string>? attachmentHosts = null
    )
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var listUrl) || listUrl.Scheme is not ("http" or "https"))
            throw new FormatException($"\"{url}\" is not an http(s) URL");
        if (!SiteProfiles.Names.Contains(profile))
            throw new FormatException(
                $"unknown profile \"{profile}\" (known: {string.Join(", ", SiteProfiles.Names)})"
            );
        return new CrawlSource(name ?? listUrl.Host + listUrl.AbsolutePath, listUrl)
        {
            Profile = profile,
            TitlePattern = new Regex(title ?? CrawlSource.DefaultTitlePattern),
            FromYear = from,
            ToYear = to,
            AttachmentHosts = attachmentHosts ?? [],
        };
    }

    private static CrawlSource Parse(JsonElement entry, string where)
    {
        string? Text(string name) =>
            entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) =>
            entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

        var url = Text("url") ?? throw new FormatException($"{where}: \"url\" is required");
        List<string> hosts =
            entry.TryGetProperty("attachment_hosts", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(h => h.GetString() ?? "")]
                : [];
        try
        {
            return Create(
                Text("name"),
                url,
                Text("profile") ?? "auto",
                Text("title"),
                Number("from"),
                Number("to"),
                hosts
            );
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new FormatException($"{where}: {e.Message}");
        }
    }
}
