using System.Text.Json;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;

namespace ReportIngest.Tests.Ingestion.Isolation;

/// <summary>
/// A reader's answer crosses the pipe whole: the report and findings read back equal those sent, field for field
/// (the answer leaves out nulls and what is computed from the rest, so the comparison serialises everything).
/// </summary>
public class ReaderMessagesTests
{
    private static readonly JsonSerializerOptions Everything = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void An_answer_read_back_equals_the_one_written_for_every_bundled_document()
    {
        var documents = InputFiles
            .Expand([TestPaths.Corpus])
            .Where(f => f.SkipReason is null)
            .Select(f => SourceDocument.FromFile(f.Path))
            .ToList();
        Assert.Contains(documents, d => d.Name.EndsWith(".pdf", StringComparison.Ordinal)); // located by page and box
        // located by DOM path, no page
        Assert.Contains(documents, d => d.Name.EndsWith(".html", StringComparison.Ordinal));
        foreach (var source in documents)
        {
            var sent = DocumentProcessor.Default.Process(source);
            using var pipe = new MemoryStream();
            ReaderMessages.WriteResult(new BinaryWriter(pipe), sent);
            pipe.Position = 0;
            var received = ReaderMessages.ReadResult(new BinaryReader(pipe), source);

            Assert.Equal(
                JsonSerializer.Serialize(sent.Report, Everything),
                JsonSerializer.Serialize(received.Report, Everything)
            );
            Assert.Equal(
                JsonSerializer.Serialize(sent.Findings, Everything),
                JsonSerializer.Serialize(received.Findings, Everything)
            );
            Assert.Equal((sent.Format, sent.Conversion), (received.Format, received.Conversion));
        }
    }
}
