using System.CommandLine;
using ReportIngest.Crawling;
using ReportIngest.Crawling.Archive;
using ReportIngest.Crawling.Fetching;
using ReportIngest.Crawling.Profiles;
using ReportIngest.Ingestion;
using ReportIngest.Storage;

namespace ReportIngest.Cli.Commands;

/// <summary><c>crawl (--sources FILE | URL)</c>: collect reports from government sites, politely and
/// resumably.</summary>
public static class CrawlCommand
{
    public static Command Create()
    {
        var url = new Argument<string?>("URL")
        {
            Description = "A column's list page, when no sources file is given",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sources = new Option<string?>("--sources")
        {
            Description =
                "JSON file of sources: [{\"name\", \"url\", \"profile\", \"title\", \"from\", \"to\", \"attachment_hosts\"}]",
            HelpName = "FILE",
        };
        var profile = new Option<string>("--profile")
        {
            Description = $"How the site lists items, for URL: {string.Join(", ", SiteProfiles.Names)}",
            DefaultValueFactory = _ => "auto",
        };
        var title = new Option<string?>("--title")
        {
            Description =
                $"Regular expression a report's title must match, for URL (default {CrawlSource.DefaultTitlePattern})",
        };
        var from = new Option<int?>("--from") { Description = "First report year wanted, for URL" };
        var to = new Option<int?>("--to") { Description = "Last report year wanted, for URL" };
        var ingest = new Option<bool>("--ingest")
        {
            Description =
                "Parse and store what was fetched, through the same pipeline as ingest (otherwise bytes are kept for a later ingest --crawled)",
        };
        var pipeline = new IngestOptions();
        var raw = new Option<string?>("--raw")
        {
            Description = "Folder of fetched bytes by SHA-256 (default: the database's name with .raw)",
            HelpName = "DIR",
        };
        var delay = new Option<double>("--delay")
        {
            Description = "Seconds between two requests to one host (a longer robots.txt Crawl-delay wins)",
            DefaultValueFactory = _ => 2,
        };
        var maxCrawlDelay = new Option<double>("--max-crawl-delay")
        {
            Description =
                "Longest robots.txt Crawl-delay waited for, in seconds; a host asking for more is recorded and left alone",
            DefaultValueFactory = _ => 60,
        };
        var maxListPages = new Option<int>("--max-list-pages")
        {
            Description = "List pages read per source at most; reaching it is reported and exits 1",
            DefaultValueFactory = _ => new CrawlLimits().ListPages,
        };
        var maxLinks = new Option<int>("--max-links-per-page")
        {
            Description = "Reports taken from one list page at most; more is reported and exits 1",
            DefaultValueFactory = _ => new CrawlLimits().LinksPerListPage,
        };
        var maxItems = new Option<int>("--max-items")
        {
            Description = "Reports collected per source at most; reaching it is reported and exits 1",
            DefaultValueFactory = _ => new CrawlLimits().ItemsPerSource,
        };
        var warc = new Option<string?>("--warc")
        {
            Description = "After crawling, write every recorded fetch to this WARC 1.1 file",
            HelpName = "FILE",
        };
        var contact = new Option<string?>("--contact")
        {
            Description = "Your e-mail address or URL, sent in the User-Agent so site operators can reach you",
            HelpName = "CONTACT",
        };
        var loopback = new Option<bool>("--allow-loopback")
        {
            Description = "Allow requests to 127.0.0.1/::1 (for testing against a local server)",
        };
        var command = new Command(
            "crawl",
            "Collect reports from government site columns: list pages → report pages → attached files. Polite by default (robots.txt, one connection "
                + "and a delay per host, backoff, Retry-After; stops and records on 403/412/429/captcha), resumable (state in the database), conditional "
                + "on re-crawls. Exit 0 when every source was crawled, 1 when some failed."
        );
        command.Arguments.Add(url);
        foreach (
            var option in new Option[]
            {
                sources,
                profile,
                title,
                from,
                to,
                ingest,
                raw,
                delay,
                maxCrawlDelay,
                maxListPages,
                maxLinks,
                maxItems,
                contact,
                warc,
                loopback,
            }
        )
            command.Options.Add(option);
        pipeline.AddTo(command);
        command.SetAction(parsed =>
        {
            var database = parsed.GetValue(CommonOptions.Database)!;
            IReadOnlyList<CrawlSource> list;
            try
            {
                list =
                    parsed.GetValue(sources) is { } file ? SourcesFile.Load(file)
                    : parsed.GetValue(url) is { } single
                        ?
                        [
                            SourcesFile.Create(
                                null,
                                single,
                                parsed.GetValue(profile)!,
                                parsed.GetValue(title),
                                parsed.GetValue(from),
                                parsed.GetValue(to)
                            ),
                        ]
                    : throw new FormatException("give a list page URL or --sources FILE");
            }
            catch (Exception e)
                when (e is FormatException or IOException or System.Text.Json.JsonException or ArgumentException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            var options = new CrawlOptions
            {
                HostDelay = TimeSpan.FromSeconds(Math.Max(0, parsed.GetValue(delay))),
                MaxCrawlDelay = TimeSpan.FromSeconds(Math.Max(0, parsed.GetValue(maxCrawlDelay))),
                AllowLoopback = parsed.GetValue(loopback),
                Contact = parsed.GetValue(contact),
            };
            var limits = new CrawlLimits
            {
                ListPages = Math.Max(1, parsed.GetValue(maxListPages)),
                LinksPerListPage = Math.Max(1, parsed.GetValue(maxLinks)),
                ItemsPerSource = Math.Max(1, parsed.GetValue(maxItems)),
            };
            return Run(
                list,
                database,
                parsed.GetValue(raw) ?? Path.ChangeExtension(database, ".raw"),
                options,
                parsed.GetValue(ingest) ? pipeline.Read(parsed) : null,
                parsed.GetValue(warc),
                limits
            );
        });
        return command;
    }

    /// <param name="ingest">Ingest what is fetched through a pipeline of these settings; null to keep the bytes
    /// only.</param>
    public static int Run(
        IReadOnlyList<CrawlSource> sources,
        string database,
        string rawFolder,
        CrawlOptions options,
        IngestSettings? ingest,
        string? warcPath,
        CrawlLimits? limits = null
    )
    {
        using var connection = Database.Open(database);
        var raw = new RawStore(rawFolder);
        using var fetcher = new PoliteFetcher(options);
        using var pipeline = ingest?.Build();
        var ingested = new IngestSummary();
        var crawler = new Crawler(connection, raw, fetcher)
        {
            Limits = limits ?? new CrawlLimits(),
            Ingest = pipeline is null ? null : CrawlIngestion.Through(pipeline.Runner, connection, raw, ingested),
        };
        var summaries = new List<CrawlSummary>();
        if (options.Contact is null)
            Console.Error.WriteLine("note: no --contact given; site operators who want to reach you cannot");
        foreach (var source in sources)
        {
            try
            {
                summaries.Add(
                    crawler
                        .CrawlAsync(source, ingest is not null, message => Console.Error.WriteLine(message))
                        .GetAwaiter()
                        .GetResult()
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // one source's unexpected failure must not lose the others; its state is kept and the next crawl
                // resumes it
                summaries.Add(
                    new CrawlSummary(source.Name)
                    {
                        SourceFailure = $"internal error ({e.GetType().Name}): {e.Message}",
                    }
                );
            }
        }
        foreach (var summary in summaries)
            Console.WriteLine(summary);
        if (ingest is not null)
            IngestReport.Finish(ingested, connection);
        if (warcPath is not null)
            Console.WriteLine(
                $"{WarcExport.Write(new FetchLog(connection), raw, warcPath)} fetch(es) written to {warcPath}"
            );
        Console.WriteLine($"database: {Path.GetFullPath(database)}; fetched bytes: {raw.Root}");
        return summaries.Any(s => s.SourceFailure is not null || s.LimitsHit.Count > 0)
            ? ExitCodes.SomeDocumentsFailed
            : ExitCodes.Ok;
    }
}
