using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>
/// The reader process's side: reads documents from stdin, one at a time, and answers each on stdout until stdin ends.
/// Nothing else may write to stdout, so the console's writer is pointed at stderr while it runs.
/// </summary>
public static class ReaderLoop
{
    public static int Run(DocumentProcessor processor)
    {
        using var input = new BinaryReader(new BufferedStream(Console.OpenStandardInput(), ReaderMessages.BufferBytes));
        using var output = new BinaryWriter(
            new BufferedStream(Console.OpenStandardOutput(), ReaderMessages.BufferBytes)
        );
        Console.SetOut(Console.Error);
        while (ReaderMessages.ReadDocument(input) is { } source)
        {
            try
            {
                ReaderMessages.WriteResult(output, processor.Process(source));
            }
            catch (DocumentReadException e)
            {
                ReaderMessages.WriteFailure(output, e.Message, e.Internal);
            }
            catch (OutOfMemoryException)
            {
                GC.Collect();
                ReaderMessages.WriteFailure(
                    output,
                    "reading it needs more memory than a reader process may use: refused",
                    isInternal: false
                );
            }
            catch (Exception e)
            {
                ReaderMessages.WriteFailure(output, ReadFailure.Reason(e), isInternal: true);
            }
        }
        return 0;
    }
}
