namespace ReportIngest.Documents;

/// <summary>A document cannot be read; the message says why, in one line, for the run summary.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Refused because reading it took longer than the per-document time limit.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The document did not fail on its own account: this program's code threw (a bug to fix, not bad
    /// input).</summary>
    public bool Internal { get; init; }

    /// <summary>The process reading it died (a stack overflow, out of memory): the document took its reader
    /// down.</summary>
    public bool Died { get; init; }
}
