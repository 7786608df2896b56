using ReportIngest.Checking;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Readers;

namespace ReportIngest.Ingestion;

/// <summary>The pure part of ingestion: bytes → document → report → findings. Thread-safe; touches no
/// database.</summary>
public sealed class DocumentProcessor(DocumentReaders readers, ReportExtractor extractor, ReportChecker checker)
{
    public static DocumentProcessor Default { get; } =
        new(DocumentReaders.Default, ReportExtractor.Default, ReportChecker.Default);

    /// <summary>
    /// <see cref="Process(SourceDocument)"/> within a time limit: a document that takes longer is refused with a clear
    /// error and the run goes on. (The reading cannot be stopped from outside; it finishes in the background and its
    /// result is dropped.)
    /// </summary>
    /// <exception cref="DocumentReadException">The document cannot be read, or not within <paramref
    /// name="limit"/>.</exception>
    public ProcessedDocument Process(SourceDocument source, TimeSpan limit)
    {
        var work = Task.Run(() => Process(source));
        try
        {
            if (!work.Wait(limit))
                throw new DocumentReadException(
                    $"reading took longer than {limit.TotalSeconds:0.#} s, the per-document time limit: refused"
                )
                {
                    TimedOut = true,
                };
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
        return work.Result;
    }

    /// <summary>Reads, extracts and checks one document. A document that holds no report is still a result, with its
    /// kind said.</summary>
    /// <exception cref="DocumentReadException">The document cannot be read.</exception>
    public ProcessedDocument Process(SourceDocument source)
    {
        var document = readers.Read(source);
        var report = extractor.Extract(document);
        var structural = report.Issues.Select(ReportChecker.ToFinding).ToList();
        var facts = new ReportFacts(report.Facts, report.TableVersions, ReportChecker.DoubtfulCells(structural))
        {
            Text = report.Text,
        };
        var findings = structural.Concat(checker.Check(facts)).ToList();
        return new ProcessedDocument(source, document.Format, report, findings) { Conversion = document.Conversion };
    }
}
