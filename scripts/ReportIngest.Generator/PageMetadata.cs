using System.Globalization;

namespace ReportIngest.Generator;

/// <summary>
/// Where a report is published as a web page: the site, the page address and time, and the disclosure metadata block
/// of a 政府信息公开 platform (template.md §7: 索引号, 发布机构, 发文日期 or 成文日期, 文号, 分类). <see cref="Seed"/> fixes the
/// page's other choices (markup, split point, which figures are full-width).
/// </summary>
public sealed record PageMetadata(
    string SiteName,
    string Domain,
    string Url,
    DateTime PublishedAt,
    string IndexNo,
    string Publisher,
    string ContentSource,
    string DocDateLabel,
    DateOnly DocDate,
    int Seed
)
{
    public const string Category = "政府信息公开年报";

    /// <summary>The page's PubDate meta tag: "yyyy-MM-dd HH:mm".</summary>
    public string PubDate => PublishedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Site names and host names by the region of the filer ("某市…" is published on 某市人民政府's portal).</summary>
    private static readonly (string Prefix, string Site, string Host, string Region)[] Sites =
    [
        ("某市", "某市人民政府", "www.moushi.gov.cn", "350100"),
        ("某区", "某区人民政府", "www.mouqu.gov.cn", "350102"),
        ("某县", "某县人民政府", "www.mouxian.gov.cn", "350121"),
    ];

    public static PageMetadata Create(SyntheticReport report, ArticleContainer container, Random random)
    {
        var site = Sites.First(s => report.Agency.StartsWith(s.Prefix, StringComparison.Ordinal));
        var signed = report.SignedOn.ToDateTime(TimeOnly.MinValue);
        var published = signed.AddDays(random.Next(0, 6)).AddHours(random.Next(8, 18)).AddMinutes(random.Next(0, 60));
        var docId = random.Next(100_000, 9_999_999);
        var url = container switch
        {
            ArticleContainer.Trs =>
                $"https://{site.Host}/zwgk/zfxxgk/zfxxgknb/{published:yyyyMM}/t{published:yyyyMMdd}_{docId}.htm",
            ArticleContainer.Hanweb =>
                $"http://{site.Host}/art/{published.Year}/{published.Month}/{published.Day}/art_{random.Next(1000, 9999)}_{docId}.html",
            _ => $"https://{site.Host}/xxgk/gknb/content/post_{docId}.html",
        };
        var creditCode =
            $"11{site.Region}{random.Next(0, 100_000_000):D8}{random.Next(10)}{"0123456789ABCDEFGHJKLMNPQRTUWXY"[random.Next(31)]}";
        var indexNo = $"{creditCode}/{published.Year}-{random.Next(1, 3000):D5}";
        var government = report.Agency == site.Site;
        return new PageMetadata(
            SiteName: site.Site,
            Domain: site.Host,
            Url: url,
            PublishedAt: published,
            IndexNo: indexNo,
            Publisher: government ? $"{site.Site}办公室" : report.Agency,
            ContentSource: government ? $"{site.Site}办公室" : report.Agency,
            DocDateLabel: random.Next(2) == 0 ? "发文日期" : "成文日期",
            DocDate: report.SignedOn,
            Seed: random.Next()
        );
    }
}
