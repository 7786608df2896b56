using System.Diagnostics;
using AngleSharp.Html.Parser;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Readers;
using ReportIngest.Storage;

// HTML ingestion per document against the floor of AngleSharp alone (parse the same bytes, walk every <td>),
// both measured in the same run, interleaved round by round so that machine noise hits both alike.
//   dotnet run --project scripts/ReportIngest.Bench -c Release -- [--rounds N] [FILES-OR-FOLDERS...]
var rounds = 15;
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i]);
    else if (args[i] is "-h" or "--help") { Console.WriteLine("usage: ReportIngest.Bench [--rounds N] [FILES-OR-FOLDERS...] (default: the HTML documents of ../shared/corpus/real and corpus/generated)"); return 0; }
    else paths.Add(args[i]);
}
if (paths.Count == 0) paths.AddRange(new[] { "../shared/corpus/real", "corpus/generated" }.Where(Directory.Exists));

var documents = InputFiles.Expand(paths).Where(IsHtml).Select(SourceDocument.FromFile).ToList();
if (documents.Count == 0) { Console.Error.WriteLine("no HTML documents found"); return 2; }
Console.WriteLine($"{documents.Count} HTML document(s), {documents.Sum(d => d.Bytes.Length) / 1024.0:F0} KiB; {rounds} rounds after 3 warm-up rounds");

var scratch = Path.Combine(Path.GetTempPath(), "ri-bench-" + Environment.ProcessId);
Directory.CreateDirectory(scratch);
var floor = new List<double>();
var ingest = new List<double>();
// One database for the whole run, as in a real ingest: emptied between rounds, outside the clock.
using (var connection = ReportDatabase.Open(Path.Combine(scratch, "bench.db")))
{
    var store = new DocumentStore(connection);
    for (var round = -3; round < rounds; round++)
    {
        var f = Time(() => Floor(documents));
        var g = Time(() => Ingest(documents, store));
        Dapper.SqlMapper.Execute(connection, "DELETE FROM documents");
        if (round < 0) continue;
        floor.Add(f);
        ingest.Add(g);
    }
}

double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
var perDoc = documents.Count;
// The fastest round is the cost without interference from other work on a shared machine; the median shows the spread.
Console.WriteLine($"floor (AngleSharp parse + walk every <td>): {floor.Min() / perDoc:F2} ms/document fastest round, {Median(floor) / perDoc:F2} median");
Console.WriteLine($"ingestion (read, extract, check, store):  {ingest.Min() / perDoc:F2} ms/document fastest round, {Median(ingest) / perDoc:F2} median");
var ratios = floor.Zip(ingest, (a, b) => b / a).ToList();
Console.WriteLine($"ratio ingestion/floor: {ingest.Min() / floor.Min():F2} (fastest rounds); per-round ratios median {Median(ratios):F2}, min {ratios.Min():F2}, max {ratios.Max():F2}");
PrintStages(documents, scratch);
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(scratch, recursive: true);
return 0;

// Where ingestion spends its time: each stage alone over every document, fastest of several rounds.
static void PrintStages(List<SourceDocument> documents, string scratch)
{
    const int StageRounds = 10;
    var read = documents.Select(d => DocumentReaders.Default.Read(d)).ToList();
    var processed = documents.Select(DocumentProcessor.Default.Process).ToList();
    double Fastest(Action pass) => Enumerable.Range(0, StageRounds).Min(_ => Time(pass)) / documents.Count;

    var readMs = Fastest(() => { foreach (var d in documents) DocumentReaders.Default.Read(d); });
    var extractMs = Fastest(() => { foreach (var d in read) ReportIngest.Extraction.ReportExtractor.Default.Extract(d); });
    var processMs = Fastest(() => { foreach (var d in documents) DocumentProcessor.Default.Process(d); });
    using var connection = ReportDatabase.Open(Path.Combine(scratch, "stages.db"));
    var store = new DocumentStore(connection);
    var storeMs = Fastest(() =>
    {
        foreach (var p in processed) store.Store(p.Source, p.Format, p.Report, p.Findings);
        Dapper.SqlMapper.Execute(connection, "DELETE FROM documents");
    });
    Console.WriteLine($"stages, ms/document (fastest of {StageRounds}): read {readMs:F2}, extract {extractMs:F2}, " +
                      $"read+extract+check {processMs:F2}, store {storeMs:F2}");
}

static bool IsHtml(string path)
{
    try { return FormatDetector.Detect(File.ReadAllBytes(path)) == DocumentFormat.Html; }
    catch (DocumentReadException) { return false; }
}

// Each pass starts from a collected heap and pays, inside its own clock, for collecting the garbage it made:
// otherwise one pass's garbage is collected during the next one and the two figures trade noise.
static double Time(Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var clock = Stopwatch.StartNew();
    action();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    return clock.Elapsed.TotalMilliseconds;
}

static void Floor(List<SourceDocument> documents)
{
    long cells = 0;
    foreach (var document in documents)
    {
        using var stream = new MemoryStream(document.Bytes, writable: false);
        using var page = new HtmlParser().ParseDocument(stream);
        foreach (var cell in page.QuerySelectorAll("td")) cells += cell.TextContent.Length;
    }
    GC.KeepAlive(cells);
}

static void Ingest(List<SourceDocument> documents, DocumentStore store)
{
    foreach (var document in documents)
    {
        var processed = DocumentProcessor.Default.Process(document);
        store.Store(processed.Source, processed.Format, processed.Report, processed.Findings);
    }
}
