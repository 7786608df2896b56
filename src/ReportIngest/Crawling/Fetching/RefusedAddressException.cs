namespace ReportIngest.Crawling.Fetching;

/// <summary>A connection refused because the host resolves to an address the crawler must not reach.</summary>
internal sealed class RefusedAddressException(string message) : Exception(message);
