using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>Turns one document's bytes into a processed document: in this process, or in a reader process of its
/// own.</summary>
public interface IDocumentParser
{
    /// <exception cref="DocumentReadException">The document cannot be read, not within <paramref name="limit"/>, or it
    /// brought its reader down.</exception>
    ProcessedDocument Parse(SourceDocument source, TimeSpan limit);
}
