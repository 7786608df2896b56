using ReportIngest.Bench;
using ReportIngest.Documents;
using ReportIngest.Ingestion;
using ReportIngest.Ingestion.Isolation;
using ReportIngest.Readers;

// Ingestion per document against the floor of the parsing library alone, both measured in the same run in
// alternating rounds so that machine noise hits both alike. Documents are read in a reader process, as `ingest`
// reads them, unless --in-process:
//   html: AngleSharp parses the same bytes and walks every <td>
//   pdf:  PdfPig opens the same bytes and reads page.Letters of every page; figures per producer
const string ReaderCommand = "reader-process";
const string Usage =
    "usage: ReportIngest.Bench html|pdf [--rounds N] [--in-process] [FILES-OR-FOLDERS...]\n"
    + "  default documents: ../shared/corpus/real and corpus/generated (html); ../shared/corpus/real and ../shared/corpus/rendered (pdf)\n"
    + "       ReportIngest.Bench check [REPORTS]                      (the checker over a database of generated reports, default 10000)\n"
    + "       ReportIngest.Bench long-pdf SOURCE.pdf PAGES OUT.pdf   (SOURCE's pages repeated to PAGES pages, for memory measurements)";
if (args is [ReaderCommand])
    return ReaderLoop.Run(DocumentProcessor.Default);
if (args is ["check", ..])
{
    CheckBench.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    return 0;
}
if (args is ["long-pdf", var source, var pageCount, var output])
{
    LongPdf.Write(source, int.Parse(pageCount), output);
    return 0;
}
if (args.Length == 0 || args[0] is not ("html" or "pdf"))
{
    Console.WriteLine(Usage);
    return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}

var format = args[0] == "html" ? InputFormat.Html : InputFormat.Pdf;
var rounds = format == InputFormat.Html ? 40 : 10;
var inProcess = false;
var paths = new List<string>();
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--rounds" && i + 1 < args.Length)
        rounds = int.Parse(args[++i]);
    else if (args[i] == "--in-process")
        inProcess = true;
    else
        paths.Add(args[i]);
}
if (paths.Count == 0)
    paths.AddRange(
        (
            format == InputFormat.Html
                ? new[] { "../shared/corpus/real", "corpus/generated" }
                : ["../shared/corpus/real", "../shared/corpus/rendered"]
        ).Where(Directory.Exists)
    );

var documents = InputFiles
    .Expand(paths)
    .Where(f => f.SkipReason is null)
    .Select(f => f.Path)
    .Where(p => FormatOf(p) == format)
    .Select(SourceDocument.FromFile)
    .ToList();
if (documents.Count == 0)
{
    Console.Error.WriteLine($"no {format} documents found");
    return 2;
}

using var readers = inProcess
    ? null
    : new ReaderProcesses(
        () => ReaderLaunch.Of(typeof(Rounds).Assembly, ReaderCommand),
        ReaderProcesses.DefaultMemoryLimitBytes
    );
Func<SourceDocument, ProcessedDocument> parse = readers is null
    ? DocumentProcessor.Default.Process
    : d => readers.Parse(d, TimeSpan.FromMinutes(5));
Console.WriteLine(readers is null ? "reading in this process" : "reading in a reader process, as ingest does");
if (format == InputFormat.Html)
{
    var copies = Copies.ToFill(documents, Floors.Html, MinimumPass());
    var result = Rounds.Run(copies, Floors.Html, parse, rounds);
    Console.WriteLine(
        $"{documents.Count} HTML document(s), {documents.Sum(d => d.Bytes.Length) / 1024.0:F0} KiB, each pass over {copies.Count / documents.Count} copies of them; {rounds} rounds after {Rounds.WarmUp} warm-up rounds"
    );
    result.Print("document", copies.Count, inProcess);
}
else
{
    Console.WriteLine(
        $"{documents.Count} PDF document(s); {rounds} rounds after {Rounds.WarmUp} warm-up rounds; per producer:"
    );
    foreach (var group in documents.GroupBy(d => Producer(d.Name)))
    {
        var copies = Copies.ToFill(group.ToList(), Floors.Pdf, MinimumPass());
        var pages = copies.Sum(d => Floors.PageCount(d.Bytes));
        Console.WriteLine(
            $"{group.Key}: {group.Count()} document(s), {pages * group.Count() / copies.Count} page(s), each pass over {copies.Count / group.Count()} copies of them"
        );
        Rounds.Run(copies, Floors.Pdf, parse, rounds).Print("page", pages, inProcess);
    }
}
Console.WriteLine(
    $"peak working set {Environment.WorkingSet / 1048576.0:F0} MiB (current), {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB (peak)"
);
return 0;

/// <summary>
/// A pass over a few documents lasts a few of the scheduler's time slices, which then decide the round: each pass reads
/// copies of the documents until the floor's lasts this long.
/// </summary>
static TimeSpan MinimumPass() => TimeSpan.FromSeconds(0.5);

static InputFormat FormatOf(string path)
{
    try
    {
        return FormatDetector.Detect(File.ReadAllBytes(path));
    }
    catch (DocumentReadException)
    {
        return InputFormat.Unknown;
    }
}

static string Producer(string name) =>
    name.Contains(".chromium-noto.") ? "Chromium, Noto CJK (Type 3 glyphs)"
    : name.Contains(".chromium-wqy.") ? "Chromium, WenQuanYi (TrueType)"
    : name.Contains(".libreoffice.") ? "LibreOffice"
    : "WPS (real reports)";
