using ReportIngest.Crawling.Fetching;

namespace ReportIngest.Tests.Crawling;

public class RobotsTxtTests
{
    private static bool Allows(string robots, string path) =>
        RobotsTxt.Parse(robots, "ReportIngest").Allows(new Uri("http://x.gov.cn" + path));

    [Theory]
    [InlineData("/zwgk/index.html", false)]
    [InlineData("/zwgk/zfxxgknb/index.html", true)] // the longer Allow wins
    [InlineData("/search/?q=1", false)]
    [InlineData("/a.pdf", false)] // * and $
    [InlineData("/a.pdf?x=1", true)] // $ anchors the end
    [InlineData("/other", true)]
    public void The_longest_matching_rule_decides(string path, bool allowed) =>
        Assert.Equal(
            allowed,
            Allows(
                "User-agent: *\nDisallow: /zwgk/\nAllow: /zwgk/zfxxgknb/\nDisallow: /search\nDisallow: /*.pdf$\n",
                path
            )
        );

    [Fact]
    public void Our_own_group_replaces_the_star_group_and_carries_its_crawl_delay()
    {
        var robots = RobotsTxt.Parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: reportingest\nUser-agent: other\nDisallow: /private\nCrawl-delay: 5\n",
            "ReportIngest"
        );
        Assert.True(robots.Allows(new Uri("http://x.gov.cn/zwgk/")));
        Assert.False(robots.Allows(new Uri("http://x.gov.cn/private/a")));
        Assert.Equal(TimeSpan.FromSeconds(5), robots.CrawlDelay);
    }

    [Fact]
    public void An_allow_ties_with_a_disallow_of_the_same_length_and_wins() =>
        Assert.True(Allows("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));

    [Fact]
    public void Rules_in_chinese_match_the_percent_encoded_path() =>
        Assert.False(Allows("User-agent: *\nDisallow: /信息公开/\n", "/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/a.html"));
}
