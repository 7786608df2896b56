using System.Security.Cryptography;
using System.Text;
using ReportIngest.Crawling;
using ReportIngest.Crawling.Archive;

namespace ReportIngest.Tests.Crawling;

public class WarcTests
{
    [Fact]
    public async Task The_crawl_exported_as_WARC_reads_back_record_by_record_with_matching_digests()
    {
        using var site = GeneratedColumn.Serve();
        using var crawl = new CrawlFixture();
        await crawl.Crawl(new CrawlSource("column", GeneratedColumn.ListUrl(site)));
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "crawl.warc");

        int written;
        using (var connection = crawl.Open())
            written = WarcExport.Write(new FetchLog(connection), crawl.Raw, path);

        var records = Read(File.ReadAllBytes(path));
        Assert.Equal(1 + 2 * written, records.Count);
        Assert.Equal("warcinfo", records[0].Headers["WARC-Type"]);
        Assert.Equal(site.Requests().Count, written); // every request that got a response, robots.txt included
        foreach (var (headers, block) in records)
        {
            Assert.Equal("WARC/1.1", headers["Version"]);
            Assert.Equal(WarcWriter.Digest(block), headers["WARC-Block-Digest"]);
            Assert.Equal(block.Length, int.Parse(headers["Content-Length"]));
        }
        var responses = records.Where(r => r.Headers["WARC-Type"] == "response").ToList();
        var requests = records
            .Where(r => r.Headers["WARC-Type"] == "request")
            .ToDictionary(r => r.Headers["WARC-Record-ID"]);
        foreach (var (headers, block) in responses)
        {
            Assert.True(requests.ContainsKey(headers["WARC-Concurrent-To"]));
            var split = block.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
            var payload = block[split..];
            Assert.Equal(WarcWriter.Digest(payload), headers["WARC-Payload-Digest"]);
        }
        var pdf = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "generated", "gen_15_gov2021_stream_clean.pdf"));
        Assert.Contains(responses, r =>
            r.Headers["WARC-Target-URI"].EndsWith("gen_15_gov2021_stream_clean.pdf", StringComparison.Ordinal)
            && SHA256
                .HashData(r.Block[(r.Block.AsSpan().IndexOf("\r\n\r\n"u8) + 4)..])
                .SequenceEqual(SHA256.HashData(pdf))
        );
    }

    [Fact]
    public void Digests_are_SHA_1_in_base32_as_WARC_tools_write_them()
    {
        Assert.Equal("sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", WarcWriter.Digest([]));
        Assert.Equal("sha1:FKXGYNOJJ7H3IFO35FPUBC445EPOQRXN", WarcWriter.Digest("hello world"u8.ToArray()));
    }

    /// <summary>A minimal WARC reader: version line, header fields, a blank line, Content-Length bytes of block, CRLF
    /// CRLF.</summary>
    private static List<(Dictionary<string, string> Headers, byte[] Block)> Read(byte[] warc)
    {
        var records = new List<(Dictionary<string, string>, byte[])>();
        var position = 0;
        while (position < warc.Length)
        {
            var end = warc.AsSpan(position).IndexOf("\r\n\r\n"u8);
            var lines = Encoding.UTF8.GetString(warc, position, end).Split("\r\n");
            var headers = lines.Skip(1).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
            headers["Version"] = lines[0];
            var length = int.Parse(headers["Content-Length"]);
            var blockStart = position + end + 4;
            records.Add((headers, warc[blockStart..(blockStart + length)]));
            Assert.True(warc.AsSpan(blockStart + length, 4).SequenceEqual("\r\n\r\n"u8));
            position = blockStart + length + 4;
        }
        return records;
    }
}
