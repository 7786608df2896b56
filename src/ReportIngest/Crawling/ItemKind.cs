namespace ReportIngest.Crawling;

/// <summary>What a crawl item is: a list page, a report page, or a file a report page links.</summary>
public enum ItemKind
{
    List,
    Report,
    Attachment,
}
