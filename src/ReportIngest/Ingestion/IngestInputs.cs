using ReportIngest.Crawling;
using ReportIngest.Documents;

namespace ReportIngest.Ingestion;

/// <summary>The sources of a run's documents: files and folders, and what crawls fetched into their raw
/// store.</summary>
public static class IngestInputs
{
    /// <summary>Documents larger than this are refused before they are read (default 200 MiB).</summary>
    public const long MaxDocumentBytes = 200L * 1024 * 1024;

    /// <summary>The files of <paramref name="paths"/>, walked as <see cref="InputFiles"/> walks them.</summary>
    public static IEnumerable<IngestInput> FromPaths(IEnumerable<string> paths) =>
        InputFiles.Expand(paths).Select(file => new IngestInput(file.Path, () => LoadFile(file.Path), file.SkipReason));

    /// <summary>
    /// Report pages and attachments a crawl fetched, each named by and stored with the URL it came from; items
    /// without a body in <paramref name="raw"/> are left out.
    /// </summary>
    public static IEnumerable<IngestInput> FromCrawl(IEnumerable<CrawlItem> items, RawStore raw)
    {
        foreach (var item in items)
        {
            if (item.Sha256 is not { } sha256 || !raw.Contains(sha256))
                continue;
            var url = new Uri(item.FinalUrl ?? item.Url);
            // a label in the database, never a path
            var name = Path.GetFileName(url.AbsolutePath) is { Length: > 0 } last ? last : url.Host;
            yield return new IngestInput(url.AbsoluteUri, () =>
                new SourceDocument(name, raw.Get(sha256), sourceUrl: url.AbsoluteUri)
            )
            {
                Sha256 = sha256,
            };
        }
    }

    private static SourceDocument LoadFile(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxDocumentBytes)
            throw new DocumentReadException($"too large: {length:N0} bytes (limit {MaxDocumentBytes:N0})");
        return SourceDocument.FromFile(path);
    }
}
