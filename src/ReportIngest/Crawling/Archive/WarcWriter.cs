using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportIngest.Crawling.Archive;

/// <summary>
/// Writes WARC 1.1 records (ISO 28500:2017): a <c>warcinfo</c> record, then per fetch a <c>request</c> and a
/// <c>response</c> record that refer to each other, each with <c>WARC-Block-Digest</c> and, for responses,
/// <c>WARC-Payload-Digest</c> (SHA-1 in base32, as WARC tools expect). Records are uncompressed.
/// </summary>
public sealed class WarcWriter(Stream output)
{
    public void WriteInfo(string fileName, IReadOnlyDictionary<string, string> fields)
    {
        var block = Encoding.UTF8.GetBytes(string.Concat(fields.Select(f => $"{f.Key}: {f.Value}\r\n")));
        Write(
            "warcinfo",
            null,
            DateTimeOffset.UtcNow,
            block,
            "application/warc-fields",
            [("WARC-Filename", fileName)],
            out _
        );
    }

    /// <summary>
    /// A request and its response: the request line and headers as sent, the status line, headers and body as
    /// received (decoded). <paramref name="truncated"/> marks a response whose body was not kept (an error status, or
    /// over the size limit): WARC-Truncated says the record is not the whole message.
    /// </summary>
    public void WriteExchange(
        Uri url,
        DateTimeOffset at,
        IReadOnlyDictionary<string, string> requestHeaders,
        int status,
        IReadOnlyDictionary<string, string> responseHeaders,
        byte[] body,
        bool truncated
    )
    {
        var request = new StringBuilder($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\n");
        foreach (var (name, value) in requestHeaders)
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        request.Append("\r\n");
        Write(
            "request",
            url,
            at,
            Encoding.UTF8.GetBytes(request.ToString()),
            "application/http;msgtype=request",
            [],
            out var requestId
        );

        var head = new StringBuilder($"HTTP/1.1 {status} {ReasonPhrase(status)}\r\n");
        // the body is stored decoded: transfer and content encodings no longer apply to it
        foreach (
            var (name, value) in responseHeaders.Where(h =>
                h.Key is not ("Transfer-Encoding" or "Content-Encoding" or "Content-Length")
            )
        )
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var block = Encoding.UTF8.GetBytes(head.ToString()).Concat(body).ToArray();
        Write(
            "response",
            url,
            at,
            block,
            "application/http;msgtype=response",
            [
                ("WARC-Concurrent-To", requestId),
                ("WARC-Payload-Digest", Digest(body)),
                .. truncated ? [("WARC-Truncated", "length")] : Array.Empty<(string, string)>(),
            ],
            out _
        );
    }

    private void Write(
        string type,
        Uri? target,
        DateTimeOffset at,
        byte[] block,
        string contentType,
        IEnumerable<(string, string)> extra,
        out string recordId
    )
    {
        recordId = $"<urn:uuid:{Guid.NewGuid()}>";
        var header = new StringBuilder("WARC/1.1\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: ").Append(recordId).Append("\r\n");
        header
            .Append("WARC-Date: ")
            .Append(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Append("\r\n");
        if (target is not null)
            header.Append("WARC-Target-URI: ").Append(target.AbsoluteUri).Append("\r\n");
        foreach (var (name, value) in extra)
            header.Append(name).Append(": ").Append(value).Append("\r\n");
        header.Append("WARC-Block-Digest: ").Append(Digest(block)).Append("\r\n");
        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header
            .Append("Content-Length: ")
            .Append(block.Length.ToString(CultureInfo.InvariantCulture))
            .Append("\r\n\r\n");
        output.Write(Encoding.UTF8.GetBytes(header.ToString()));
        output.Write(block);
        output.Write("\r\n\r\n"u8);
    }

    /// <summary><c>sha1:</c> and the SHA-1 in RFC 4648 base32.</summary>
    public static string Digest(byte[] bytes) => "sha1:" + Base32(SHA1.HashData(bytes));

    private static string Base32(byte[] bytes)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var at = bit + i;
                value = (value << 1) | (at < bytes.Length * 8 ? (bytes[at / 8] >> (7 - at % 8)) & 1 : 0);
            }
            text.Append(alphabet[value]);
        }
        return text.ToString();
    }

    private static string ReasonPhrase(int status) =>
        new System.Net.Http.HttpResponseMessage((System.Net.HttpStatusCode)status).ReasonPhrase ?? "";
}
