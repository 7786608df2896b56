using System.Text.Json;
using System.Text.RegularExpressions;
using ReportIngest.Crawling.Profiles;

namespace ReportIngest.Crawling;

/// <summary>
/// Reads a sources file: a JSON array of site columns,
/// <c>[{"name": "平潭", "url": "https://…/zfxxgknb/", "profile": "auto", "title": "…年度报告", "from": 2019, "to": 2025, "attachment_hosts": ["…"]}]</c>;
/// only name and url are required.
/// </summary>
public static class SourcesFile
{
    public static IReadOnlyList<CrawlSource> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException($"{path}: expected a JSON array of sources");
        return [.. json.RootElement.EnumerateArray().Select((entry, i) => Parse(entry, $"{path}: source {i + 1}"))];
    }

    private static CrawlSource Parse(JsonElement entry, string where)
    {
        string? Text(string name) => entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) => entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

        var url = Text("url") ?? throw new FormatException($"{where}: \"url\" is required");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var listUrl) || listUrl.Scheme is not ("http" or "https"))
            throw new FormatException($"{where}: \"{url}\" is not an http(s) URL");
        var profile = Text("profile") ?? "auto";
        if (!SiteProfiles.Names.Contains(profile)) throw new FormatException($"{where}: unknown profile \"{profile}\" (known: {string.Join(", ", SiteProfiles.Names)})");
        return new CrawlSource(Text("name") ?? listUrl.Host, listUrl)
        {
            Profile = profile,
            TitlePattern = Text("title") is { } title ? new Regex(title) : new Regex(CrawlSource.DefaultTitlePattern),
            FromYear = Number("from"),
            ToYear = Number("to"),
            AttachmentHosts = entry.TryGetProperty("attachment_hosts", out var hosts) && hosts.ValueKind == JsonValueKind.Array
                ? [.. hosts.EnumerateArray().Select(h => h.GetString() ?? "")]
                : [],
        };
    }
}
