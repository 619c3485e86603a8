using System.Net;
using System.Net.Sockets;
using QingdaoReader.Serving;

namespace QingdaoReader.Tests.Support;

/// <summary>
/// Serves a folder on 127.0.0.1 on a free port, as a static host such as GitHub Pages would. Which file a request
/// gets, and which it is refused, is decided by <c>qreader serve</c>'s own <see cref="SitePathResolver"/>.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly SitePathResolver _files;
    private readonly HttpListener _listener = new();

    public StaticFileServer(string root)
    {
        _files = new SitePathResolver(root);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>Scheme, host and port, without a trailing slash.</summary>
    public string Origin { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { await RespondAsync(context); }
            catch (Exception e) when (e is HttpListenerException or IOException) { /* the browser went away */ }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var head = context.Request.HttpMethod == "HEAD";
        if (!head && context.Request.HttpMethod != "GET")
        {
            response.Headers["Allow"] = "GET, HEAD";
            response.StatusCode = 405;
            response.Close();
            return;
        }
        var resolved = _files.Resolve(context.Request.Url?.AbsolutePath ?? "/");
        if (resolved.File is not { } path)
        {
            response.StatusCode = resolved.Outcome == RequestPathOutcome.Malformed ? 400 : 404;
            response.Close();
            return;
        }
        var bytes = await File.ReadAllBytesAsync(path);
        response.ContentType = MediaTypes.For(path);
        response.ContentLength64 = bytes.Length;
        if (!head) await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
