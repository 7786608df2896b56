using System.Globalization;
using System.Text;

namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// A robots.txt as RFC 9309 reads it: the group for our product token (else the <c>*</c> group; groups naming the
/// same agent merge), the longest matching rule decides and Allow wins a tie, <c>*</c> matches any run of
/// characters and a final <c>$</c> anchors the end. Crawl-delay is not in the RFC but widely used: honoured.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsTxt(List<(bool, string)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>No robots.txt (a 4xx): everything is allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>robots.txt could not be fetched (5xx, network): RFC 9309 says assume complete disallow.</summary>
    public static RobotsTxt Unreachable { get; } = new([(false, "/")], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.TrimStart('\uFEFF').Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                    groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null)
                continue; // rules before any user-agent line belong to no group
            if (key is "allow" or "disallow" && value.Length > 0)
                current.Rules.Add((key == "allow", value));
            else if (
                key == "crawl-delay"
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && seconds >= 0
            )
                // as stated (bounded only against overflow): the fetcher refuses what is too long
                current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, 1e9));
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (mine.Count == 0)
            mine = [.. groups.Where(g => g.Agents.Contains("*"))];
        return new RobotsTxt(
            [.. mine.SelectMany(g => g.Rules)],
            mine.Select(g => g.Delay).FirstOrDefault(d => d is not null)
        );
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(bool Allow, string Pattern)> Rules { get; } = [];
        public TimeSpan? Delay { get; set; }
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched. /robots.txt itself always
    /// may.</summary>
    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
            return true;
        (bool Allow, int Length)? best = null;
        foreach (var (allow, pattern) in _rules)
        {
            var normalized = Normalize(pattern);
            if (!Matches(normalized, path))
                continue;
            var length = normalized.Length; // in octets of the encoded path, as the RFC counts

            if (best is null || length > best.Value.Length || (length == best.Value.Length && allow))
                best = (allow, length);
        }
        return best?.Allow ?? true;
    }

    /// <summary>Percent-encodes what a URL would carry encoded (non-ASCII), so a rule written in Chinese matches the
    /// encoded path.</summary>
    private static string Normalize(string pattern)
    {
        if (pattern.All(c => c < 128))
            return pattern;
        var builder = new StringBuilder();
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (rune.Value < 128)
                builder.Append((char)rune.Value);
            else
                foreach (var b in Encoding.UTF8.GetBytes(rune.ToString()))
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Matches a rule against the start of the path: <c>*</c> any run, a final <c>$</c> the end.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
            return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            if (i == parts.Length - 1 && anchored)
                return path.Length - position >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
                return false;
            position = found + parts[i].Length;
        }
        return !anchored || position == path.Length;
    }
}
