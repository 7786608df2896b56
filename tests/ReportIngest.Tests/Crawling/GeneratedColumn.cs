namespace ReportIngest.Tests.Crawling;

/// <summary>
/// A TRS column served by a <see cref="TestSite"/> whose report pages are the project's generated HTML reports and
/// pages that only attach the generated PDFs: three list pages, ten report pages, four files.
/// </summary>
internal static class GeneratedColumn
{
    public static TestSite Serve()
    {
        var site = new TestSite(Path.Combine(TestPaths.Corpus, "generated"));
        var html = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "generated"), "gen_*.html").Order().ToList();
        var pdfs = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "generated"), "gen_*.pdf").Order().ToList();
        var pages = html.Select(Path.GetFileName).Select(name => $"/{name}").ToList();
        for (var i = 0; i < pdfs.Count; i++)
        {
            var wrapper = $"/col/att{i}.html";
            site.Route(
                wrapper,
                200,
                $"<html><head><title>某县2024年政府信息公开工作年度报告</title></head><body><div class=\"TRS_Editor\"><p>详见附件：</p>"
                    + $"<a href=\"/{Path.GetFileName(pdfs[i])}\">{Path.GetFileName(pdfs[i])}</a></div></body></html>"
            );
            pages.Add(wrapper);
        }
        var chunks = pages.Chunk(4).ToList();
        for (var page = 0; page < chunks.Count; page++)
        {
            var items = string.Concat(
                chunks[page]
                    .Select(
                        (href, i) =>
                            $"<li><a href=\"{href}\" title=\"某县{2024 - page * 4 - i}年政府信息公开工作年度报告\">报告</a><span>2025-01-20</span></li>"
                    )
            );
            site.Route(
                page == 0 ? "/col/index.html" : $"/col/index_{page}.html",
                200,
                $"<html><body><ul>{items}</ul><script>createPageHTML({chunks.Count}, {page}, \"index\", \"html\");</script></body></html>"
            );
        }
        return site;
    }

    public static Uri ListUrl(TestSite site) => site.Url("/col/index.html");
}
