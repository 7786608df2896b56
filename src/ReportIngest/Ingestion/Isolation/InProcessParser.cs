using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>Reads in this process: fastest, but a document that overflows the stack or exhausts memory takes the run
/// with it.</summary>
public sealed class InProcessParser(DocumentProcessor processor) : IDocumentParser
{
    public ProcessedDocument Parse(SourceDocument source, TimeSpan limit) => processor.Process(source, limit);
}
