using System.Net;
using System.Net.Sockets;

namespace QingdaoReader.Tests.Support;

/// <summary>Serves a folder on 127.0.0.1 on a free port, as a static host such as GitHub Pages would.</summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly string _root;
    private readonly HttpListener _listener = new();

    public StaticFileServer(string root)
    {
        _root = Path.GetFullPath(root);
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
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }
        var bytes = await File.ReadAllBytesAsync(path);
        response.ContentType = QingdaoReader.Serving.SiteServer.ContentType(path);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
