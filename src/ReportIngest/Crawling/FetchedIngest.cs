namespace ReportIngest.Crawling;

/// <summary>
/// Ingests report pages and attachments a crawl fetched (the crawler hands them over; the ingestion pipeline is the
/// application's); returns how many were stored and how many could not be read, each told through
/// <paramref name="progress"/>.
/// </summary>
public delegate (int Stored, int Failed) FetchedIngest(IReadOnlyList<CrawlItem> items, Action<string>? progress);
