using System.Text;
using ReportIngest.Documents;
using ReportIngest.Extraction;
using ReportIngest.Readers;

namespace ReportIngest.Tests.Extraction;

/// <summary>Reads and extracts a document given as text, the way ingestion does.</summary>
internal static class Extract
{
    public static ExtractedReport From(string text, string name = "test.md") =>
        ReportExtractor.Default.Extract(
            DocumentReaders.Default.Read(new SourceDocument(name, Encoding.UTF8.GetBytes(text)))
        );

    public static Fact Fact(this ExtractedReport report, string key) => report.Facts.Single(f => f.Key == key);

    /// <summary>A section 三 pipe table printing every row of the version's template with <paramref name="values"/> per
    /// row.</summary>
    public static string RequestsTable(ReportIngest.Templates.TemplateVersion version, Func<string, string> values)
    {
        var sb = new StringBuilder(
            "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
        );
        foreach (var row in ReportIngest.Templates.TemplateCatalog.Get(version).Table("s3")!.Rows)
            sb.Append($"| {row.Label} | {values(row.Code)} |\n");
        return sb.ToString();
    }
}
