using ReportIngest.Storage;

namespace ReportIngest.Ingestion;

/// <summary>Stores a processed document with everything it carries.</summary>
public static class ProcessedDocumentStore
{
    /// <inheritdoc cref="DocumentStore.Store"/>
    public static long? Store(this DocumentStore store, ProcessedDocument document) =>
        store.Store(document.Source, document.Format, document.Report, document.Findings, document.Conversion);
}
