using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Fuzz;

/// <summary>What happened to one mutated document.</summary>
public enum FuzzResult
{
    /// <summary>Read and stored (whole).</summary>
    Stored,

    /// <summary>Refused with a clear per-document reason (<see cref="DocumentReadException"/>).</summary>
    Rejected,

    /// <summary>Any other exception: a bug.</summary>
    Crash,

    /// <summary>Still running after the time limit.</summary>
    Hang,

    /// <summary>More allocated than the memory limit.</summary>
    Memory,

    /// <summary>Stored, but not whole (a document without its report, facts without their packed copy, facts
    /// missing).</summary>
    Partial,
}

public sealed record FuzzOutcome(FuzzResult Result, string? Detail);

/// <summary>
/// Runs one document through ingestion as the program does (read, extract, check, store in one transaction) with a
/// time limit (the program's own per-document limit, <see cref="IngestRunner.DefaultTimeLimit"/>, unless a test asks
/// for less) and an allocation limit, then checks that what was stored is whole.
/// </summary>
public sealed class FuzzRunner(SqliteConnection connection, TimeSpan timeLimit, long allocationLimit)
{
    public FuzzOutcome Attempt(string name, byte[] bytes)
    {
        var source = new SourceDocument(name, bytes);
        // one document at a time: the process's allocations are this one's
        var before = GC.GetTotalAllocatedBytes(precise: true);
        ProcessedDocument document;
        try
        {
            document = DocumentProcessor.Default.Process(source, timeLimit);
        }
        catch (DocumentReadException e) when (e.TimedOut)
        {
            // the program refuses it with a clear error; for the fuzz figures it is a hang
            return new FuzzOutcome(FuzzResult.Hang, e.Message);
        }
        catch (DocumentReadException e) when (!e.Internal)
        {
            return new FuzzOutcome(FuzzResult.Rejected, e.Message);
        }
        catch (Exception e)
        {
            return new FuzzOutcome(
                FuzzResult.Crash,
                $"{e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}"
            );
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (allocated > allocationLimit)
            return new FuzzOutcome(FuzzResult.Memory, $"{allocated:N0} bytes allocated (limit {allocationLimit:N0})");
        try
        {
            new DocumentStore(connection).Store(document);
        }
        catch (Exception e)
        {
            return new FuzzOutcome(FuzzResult.Crash, $"storing: {e.GetType().Name}: {e.Message}");
        }
        return Whole(source.Sha256, document.Report.Facts.Count) ?? new FuzzOutcome(FuzzResult.Stored, null);
    }

    /// <summary>Null when the stored document is whole: its report, every fact, and the packed copy when there are
    /// facts.</summary>
    private FuzzOutcome? Whole(string sha256, int facts)
    {
        var stored = connection.QueryFirstOrDefault<(long? Report, long Facts, long Packed)>(
            """
            SELECT r.id, (SELECT count(*) FROM facts f WHERE f.report_id = r.id), (SELECT count(*) FROM report_cells c WHERE c.report_id = r.id)
            FROM documents d LEFT JOIN reports r ON r.document_id = d.id WHERE d.sha256 = @sha256
            """,
            new { sha256 }
        );
        if (stored.Report is null)
            return new FuzzOutcome(FuzzResult.Partial, "document stored without its report");
        if (stored.Facts != facts)
            return new FuzzOutcome(FuzzResult.Partial, $"{stored.Facts} of {facts} facts stored");
        if (facts > 0 && stored.Packed != 1)
            return new FuzzOutcome(FuzzResult.Partial, "facts stored without their packed copy");
        return null;
    }
}
