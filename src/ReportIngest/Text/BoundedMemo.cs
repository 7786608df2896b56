using System.Collections.Concurrent;

namespace ReportIngest.Text;

/// <summary>
/// The results of a pure function of short texts, remembered: the same few hundred cell texts and labels recur in every
/// report. Bounded in entries and in the length of a text worth remembering; thread-safe.
/// </summary>
internal sealed class BoundedMemo<TResult>(Func<string, TResult> compute, int maxLength, int maxEntries = 50_000)
{
    private readonly ConcurrentDictionary<string, TResult> _known = new(StringComparer.Ordinal);

    public TResult Get(string text)
    {
        if (text.Length > maxLength)
            return compute(text);
        if (_known.TryGetValue(text, out var known))
            return known;
        var result = compute(text);
        if (_known.Count < maxEntries)
            _known.TryAdd(text, result);
        return result;
    }
}
