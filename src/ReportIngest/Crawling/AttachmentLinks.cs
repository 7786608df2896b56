using System.Text.RegularExpressions;
using System.Web;
using AngleSharp.Html.Parser;

namespace ReportIngest.Crawling;

/// <summary>
/// The report files a report page links: PDF, DOC, DOCX, WPS and OFD in <c>&lt;a href&gt;</c>, <c>&lt;iframe&gt;</c>,
/// <c>&lt;embed&gt;</c> and <c>&lt;object&gt;</c>, including a PDF.js viewer's <c>?file=</c>, and Hanweb's
/// <c>downfile.jsp?filename=….pdf</c>; and quoted paths to such files in scripts (TRS's <c>var rel_appendix = '&lt;a
/// href="./P020….pdf"&gt;…'</c>, gkmlpt's JSON-escaped article body).
/// </summary>
public static partial class AttachmentLinks
{
    public static IReadOnlyList<Uri> Find(Uri page, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var found = new List<Uri>();
        void Add(string? reference)
        {
            if (
                string.IsNullOrWhiteSpace(reference)
                || !Uri.TryCreate(page, reference.Trim(), out var url)
                || url.Scheme is not ("http" or "https")
            )
                return;
            if (
                HttpUtility.ParseQueryString(url.Query)["file"] is { Length: > 0 } viewed
                && Uri.TryCreate(url, viewed, out var file)
                && IsReportFile(file)
            )
                url = file; // a PDF.js viewer: the file it shows
            else if (!IsReportFile(url))
                return;
            if (url.Scheme is "http" or "https" && !found.Contains(url))
                found.Add(url);
        }
        foreach (var a in document.QuerySelectorAll("a[href]"))
            Add(a.GetAttribute("href"));
        foreach (var frame in document.QuerySelectorAll("iframe[src], embed[src]"))
            Add(frame.GetAttribute("src"));
        foreach (var obj in document.QuerySelectorAll("object[data]"))
            Add(obj.GetAttribute("data"));
        foreach (var script in document.QuerySelectorAll("script"))
        foreach (Match quoted in QuotedFile().Matches(script.TextContent.Replace("\\/", "/", StringComparison.Ordinal)))
            Add(quoted.Groups[1].Value);
        return found;
    }

    private static bool IsReportFile(Uri url) =>
        ReportFile().IsMatch(url.AbsolutePath)
        || ReportFile().IsMatch(HttpUtility.ParseQueryString(url.Query)["filename"] ?? "");

    [GeneratedRegex(@"[""']([^""'<>\s\\]+?\.(?:pdf|docx?|wps|ofd))\\?[""']", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedFile();

    [GeneratedRegex(@"\.(pdf|docx?|wps|ofd)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportFile();
}
