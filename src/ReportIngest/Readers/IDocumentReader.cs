using ReportIngest.Documents;

namespace ReportIngest.Readers;

/// <summary>Turns the bytes of one format into a <see cref="Document"/>. Throws <see cref="DocumentReadException"/> for
/// input it cannot read.</summary>
public interface IDocumentReader
{
    InputFormat Format { get; }

    Document Read(SourceDocument source);
}
