namespace ReportIngest.Crawling;

/// <summary>What one source's crawl did: list pages read, reports found, bodies fetched or unchanged, failures by
/// class, documents ingested.</summary>
public sealed class CrawlSummary(string source)
{
    public string Source { get; } = source;
    public bool Resumed { get; set; }
    public int ListPages { get; set; }
    public int ReportsFound { get; set; }
    public int Fetched { get; set; }
    public int Unchanged { get; set; }
    public int Ingested { get; set; }
    public SortedDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the source as a whole failed (its list could not be read, or a host told us to stop); null when it
    /// did not.</summary>
    public string? SourceFailure { get; set; }

    /// <summary>Why paging ended before the last list page, if it did.</summary>
    public string? StoppedPaging { get; set; }

    /// <summary>Caps the crawl reached (list pages, links on a page, items of the source): what was left
    /// uncollected.</summary>
    public List<string> LimitsHit { get; } = [];

    public void Fail(string failureClass) => Failures[failureClass] = Failures.GetValueOrDefault(failureClass) + 1;

    public override string ToString() =>
        $"{Source}{(Resumed ? " (resumed)" : "")}: {ListPages} list page(s), {ReportsFound} report(s) listed, {Fetched} fetched, {Unchanged} unchanged, {Ingested} ingested"
        + (
            Failures.Count == 0
                ? ", 0 failed"
                : $", failed: {string.Join(", ", Failures.Select(f => $"{f.Key} {f.Value}"))}"
        )
        + (StoppedPaging is null ? "" : $"; {StoppedPaging}")
        + (LimitsHit.Count == 0 ? "" : $"; LIMIT REACHED: {string.Join("; ", LimitsHit)}")
        + (SourceFailure is null ? "" : $"; SOURCE FAILED: {SourceFailure}");
}
