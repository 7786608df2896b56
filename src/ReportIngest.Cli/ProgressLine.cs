using ReportIngest.Ingestion;

namespace ReportIngest.Cli;

/// <summary>A one-line progress display on stderr, shown only when stderr is a terminal; messages go above
/// it.</summary>
public sealed class ProgressLine
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private int _done;
    private int _failed;

    public void Update(DocumentOutcome outcome)
    {
        _done++;
        if (outcome.Kind == OutcomeKind.Failed)
            _failed++;
        if (_enabled)
            Console.Error.Write($"\r\u001b[K{_done} document(s), {_failed} failed: {Truncate(outcome.Name, 60)}");
    }

    public void Print(string message)
    {
        if (_enabled)
            Console.Error.Write("\r\u001b[K");
        Console.Error.WriteLine(message);
    }

    public void Finish()
    {
        if (_enabled && _done > 0)
            Console.Error.Write("\r\u001b[K");
    }

    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : text[..(length - 1)] + "…";
}
