using ReportIngest.Documents;

namespace ReportIngest.Ingestion;

/// <summary>The one-line reason a document failed to be read: its read error, or the internal error by name.</summary>
public static class ReadFailure
{
    public static string Reason(Exception error) =>
        error is DocumentReadException
            ? error.Message
            : $"internal error while parsing ({error.GetType().Name}): {error.Message}";
}
