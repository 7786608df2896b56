namespace ReportIngest.Documents;

/// <summary>Input formats recognised from content (never from the file extension).</summary>
public enum DocumentFormat
{
    Unknown,
    Markdown,
    PlainText,
    Html,
    Pdf,
}
