using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using ReportIngest.Ingestion.Isolation;
using ReportIngest.Storage;

namespace ReportIngest.Ingestion;

/// <summary>
/// The ingestion pipeline: streams its inputs (<see cref="IngestInputs"/>: files and folders, a crawl's raw store),
/// parses documents on all cores, and writes through a single database writer in input order, one transaction per
/// document. A document that fails is reported and the run goes on.
/// At most <see cref="InFlightPerWorker"/> documents per worker are held in memory at once.
/// </summary>
public sealed class IngestRunner(IDocumentParser parser, int workers)
{
    /// <summary>Reads in this process (tests, evaluation): see <see cref="ReaderProcesses"/> for reading
    /// isolated.</summary>
    public IngestRunner(DocumentProcessor processor, int workers)
        : this(new InProcessParser(processor), workers) { }

    private const int InFlightPerWorker = 4;

    /// <summary>How long one document may take to read, extract and check before it is refused (default 60
    /// s).</summary>
    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>The files of <paramref name="paths"/> (folders walked).</summary>
    public IngestSummary Run(
        IEnumerable<string> paths,
        SqliteConnection connection,
        Action<DocumentOutcome>? onOutcome = null,
        CancellationToken cancel = default
    ) => Run(IngestInputs.FromPaths(paths), connection, onOutcome, cancel);

    public IngestSummary Run(
        IEnumerable<IngestInput> inputs,
        SqliteConnection connection,
        Action<DocumentOutcome>? onOutcome = null,
        CancellationToken cancel = default
    ) => RunAsync(inputs, connection, onOutcome, cancel).GetAwaiter().GetResult();

    public async Task<IngestSummary> RunAsync(
        IEnumerable<IngestInput> inputs,
        SqliteConnection connection,
        Action<DocumentOutcome>? onOutcome = null,
        CancellationToken cancel = default
    )
    {
        var store = new DocumentStore(connection);
        var inFlight = new SemaphoreSlim(Math.Max(1, workers) * InFlightPerWorker);
        var queue = Channel.CreateBounded<(long Index, IngestInput Input)>(Math.Max(1, workers) * 2);
        var results = Channel.CreateUnbounded<(long Index, string Path, Result Result)>();

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    long index = 0;
                    foreach (var input in inputs)
                    {
                        await inFlight.WaitAsync(cancel);
                        await queue.Writer.WriteAsync((index++, input), cancel);
                    }
                    queue.Writer.Complete();
                }
                catch (Exception e)
                {
                    queue.Writer.Complete(e);
                }
            },
            cancel
        );

        var parsers = Enumerable
            .Range(0, Math.Max(1, workers))
            .Select(_ =>
                Task.Run(
                    async () =>
                    {
                        await foreach (var (index, input) in queue.Reader.ReadAllAsync(cancel))
                            await results.Writer.WriteAsync(
                                (
                                    index,
                                    input.Name,
                                    input.SkipReason is { } skip ? Result.Skipped(skip) : Parse(input, store)
                                ),
                                cancel
                            );
                    },
                    cancel
                )
            )
            .ToArray();

        _ = Task.WhenAll(parsers).ContinueWith(t => results.Writer.Complete(t.Exception), TaskScheduler.Default);

        var summary = new IngestSummary();
        var pending = new SortedDictionary<long, (string Path, Result Result)>();
        long next = 0;
        await foreach (var (index, path, result) in results.Reader.ReadAllAsync(cancel))
        {
            pending[index] = (path, result);
            while (pending.Remove(next, out var ready))
            {
                var outcome = Write(ready.Path, ready.Result, store);
                summary.Add(outcome);
                onOutcome?.Invoke(outcome);
                inFlight.Release();
                next++;
            }
        }
        await producer; // surfaces a missing input path
        return summary;
    }

    private sealed record Result(ProcessedDocument? Document, string? Error, bool AlreadyStored, bool Skip = false)
    {
        public static Result Skipped(string reason) => new(null, reason, false, true);
    }

    private Result Parse(IngestInput input, DocumentStore store)
    {
        try
        {
            if (input.Sha256 is { } known && IsStored(known, store))
                return new Result(null, null, true);
            var source = input.Load();
            if (IsStored(source.Sha256, store))
                return new Result(null, null, true);
            return new Result(parser.Parse(source, TimeLimit), null, false);
        }
        catch (IOException e)
        {
            return new Result(null, $"cannot read file: {e.Message}", false);
        }
        catch (UnauthorizedAccessException e)
        {
            return new Result(null, $"cannot read file: {e.Message}", false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result(null, ReadFailure.Reason(e), false);
        }
    }

    private static bool IsStored(string sha256, DocumentStore store)
    {
        lock (store)
            return store.Contains(sha256);
    }

    private static DocumentOutcome Write(string path, Result result, DocumentStore store)
    {
        if (result.AlreadyStored)
            return new DocumentOutcome(path, OutcomeKind.AlreadyStored, null, null, []);
        if (result.Skip)
            return new DocumentOutcome(path, OutcomeKind.Skipped, result.Error, null, []);
        if (result.Document is not { } doc)
            return new DocumentOutcome(path, OutcomeKind.Failed, result.Error, null, []);
        try
        {
            long? reportId;
            lock (store)
                reportId = store.Store(doc);
            return reportId is null
                ? new DocumentOutcome(path, OutcomeKind.AlreadyStored, null, null, [])
                : new DocumentOutcome(path, OutcomeKind.Stored, null, reportId, doc.Findings, doc.Report.ParseStatus);
        }
        catch (SqliteException e)
        {
            return new DocumentOutcome(
                path,
                OutcomeKind.Failed,
                $"database error, nothing stored for this document: {e.Message}",
                null,
                []
            );
        }
    }
}
