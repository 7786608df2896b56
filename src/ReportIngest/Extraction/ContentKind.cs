namespace ReportIngest.Extraction;

/// <summary>What a document turned out to hold, which decides its <c>parse_status</c> when no template table was
/// read.</summary>
public enum ContentKind
{
    /// <summary>An annual report in the national template (its tables read, or a text-only report).</summary>
    Report,

    /// <summary>A report in the pre-2019 form (template.md §10): stored with its text, no cells.</summary>
    Legacy,

    /// <summary>A report page whose body only links to the report as a file (PDF, DOC, …).</summary>
    AttachmentOnly,

    /// <summary>A report page whose body shows the report as images.</summary>
    ImageOnly,

    /// <summary>Not an annual report at all: a list page, an error page, some other document.</summary>
    NotAReport,
}
