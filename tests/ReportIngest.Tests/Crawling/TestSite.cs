using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ReportIngest.Tests.Crawling;

/// <summary>
/// A web site on 127.0.0.1 for crawler tests (HttpListener): static files from a folder under their URL paths (with
/// ETag and Last-Modified, answering conditional requests with 304), routes that script faults, and a log of every
/// request with its time, client port and headers.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, int, Task>> _routes = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly CancellationTokenSource _stop = new();

    public TestSite(string? folder = null)
    {
        _folder = folder;
        var port = FreePort();
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.AbsoluteUri);
        _listener.Prefixes.Add($"http://localhost:{port}/"); // the same site under a second host name
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    public ConcurrentQueue<LoggedRequest> Log { get; } = new();

    public Uri Url(string pathAndQuery) => new(Root, pathAndQuery);

    /// <summary>Answers <paramref name="path"/> (path and query; <c>/path?*</c> for any query) with <paramref
    /// name="handler"/>, given the context and how many times it was asked before.</summary>
    public void Route(string path, Func<HttpListenerContext, int, Task> handler) => _routes[path] = handler;

    public void Route(
        string path,
        int status,
        string body = "",
        string contentType = "text/html; charset=utf-8",
        params (string, string)[] headers
    ) => Route(path, (context, _) => Respond(context, status, body, contentType, headers));

    public IReadOnlyList<LoggedRequest> Requests(string pathPrefix = "/") =>
        [.. Log.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).OrderBy(r => r.Start)];

    public static async Task Respond(
        HttpListenerContext context,
        int status,
        string body,
        string contentType = "text/html; charset=utf-8",
        params (string Name, string Value)[] headers
    )
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        await Respond(context, status, bytes, contentType, headers);
    }

    public static async Task Respond(
        HttpListenerContext context,
        int status,
        byte[] bytes,
        string contentType,
        params (string Name, string Value)[] headers
    )
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        foreach (var (name, value) in headers)
            context.Response.Headers[name] = value;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var start = DateTimeOffset.UtcNow;
        var path = context.Request.Url!.PathAndQuery;
        var port = context.Request.RemoteEndPoint.Port;
        var headers = context
            .Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        try
        {
            var anyQuery = context.Request.Url.AbsolutePath + "?*";
            if (_routes.TryGetValue(path, out var route) || _routes.TryGetValue(anyQuery, out route))
                await route(context, _calls.AddOrUpdate(path, 0, (_, n) => n + 1));
            else
                await ServeFileAsync(context, path);
        }
        catch (Exception e)
            when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // the client went away (a timeout test, a refused body): nothing to answer
        }
        finally
        {
            Log.Enqueue(
                new LoggedRequest(start, DateTimeOffset.UtcNow, path, port, headers, context.Response.StatusCode)
            );
        }
    }

    private async Task ServeFileAsync(HttpListenerContext context, string path)
    {
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var file = _folder is null
            ? null
            : Path.Combine(
                _folder,
                relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative
            );
        if (
            file is null
            || !File.Exists(file)
            || !Path.GetFullPath(file).StartsWith(Path.GetFullPath(_folder!), StringComparison.Ordinal)
        )
        {
            await Respond(context, 404, "<html><body>404 Not Found</body></html>");
            return;
        }
        var bytes = await File.ReadAllBytesAsync(file);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
        var modified = File.GetLastWriteTimeUtc(file).ToString("R");
        if (
            context.Request.Headers["If-None-Match"] == etag
            || context.Request.Headers["If-Modified-Since"] == modified
        )
        {
            context.Response.StatusCode = 304;
            context.Response.Headers["ETag"] = etag;
            context.Response.Close();
            return;
        }
        var type = file.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/html; charset=utf-8";
        await Respond(context, 200, bytes, type, ("ETag", etag), ("Last-Modified", modified));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}

/// <summary>One request the test site received: when, which path, from which client port (one port = one connection),
/// with which headers, answered with which status.</summary>
internal sealed record LoggedRequest(
    DateTimeOffset Start,
    DateTimeOffset End,
    string Path,
    int ClientPort,
    IReadOnlyDictionary<string, string> Headers,
    int Status
);
