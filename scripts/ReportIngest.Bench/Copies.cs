using System.Diagnostics;
using System.Text;
using ReportIngest.Documents;

namespace ReportIngest.Bench;

/// <summary>
/// Copies of documents, each distinct (a trailing comment names it: HTML's <c>&lt;!-- --&gt;</c>, PDF's <c>%</c> after
/// the end of the file) so that storing one is never a no-op.
/// </summary>
internal static class Copies
{
    /// <summary>As many copies of the documents as make the floor's pass over them last <paramref name="pass"/>, at
    /// least one.</summary>
    public static List<SourceDocument> ToFill(
        List<SourceDocument> documents,
        Action<SourceDocument> floor,
        TimeSpan pass
    )
    {
        var fastest = TimeSpan.MaxValue;
        for (var round = 0; round < 5; round++) // the first rounds compile the code
        {
            var clock = Stopwatch.StartNew();
            documents.ForEach(floor);
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }
        var count = Math.Max(1, (int)Math.Ceiling(pass / fastest));
        return [.. Enumerable.Range(0, count).SelectMany(copy => documents.Select(d => copy == 0 ? d : Copy(d, copy)))];
    }

    private static SourceDocument Copy(SourceDocument document, int copy) =>
        new(
            $"{document.Name} (copy {copy})",
            [
                .. document.Bytes,
                .. Encoding.ASCII.GetBytes(IsPdf(document) ? $"\n%copy {copy}\n" : $"\n<!-- copy {copy} -->\n"),
            ],
            document.Path,
            document.SourceUrl
        );

    private static bool IsPdf(SourceDocument document) => document.Bytes.AsSpan().StartsWith("%PDF"u8);
}
