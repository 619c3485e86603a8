using System.Net;
using System.Text;
using QingdaoReader.Output;

namespace QingdaoReader.Serving;

/// <summary>
/// The HTTP side of <c>qreader serve</c>: answers GET and HEAD on 127.0.0.1 with the built site's files (found by
/// <see cref="SitePathResolver"/>), adds <see cref="LiveReloadScript"/> to every page, serves that script and
/// connects pages to <see cref="ReloadEventHub"/>'s stream. Nothing is cached: every answer is read from disk.
/// </summary>
public sealed class PreviewHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ReloadEventHub _events;
    private readonly Func<string?> _lastError;
    private SitePathResolver? _files;

    /// <param name="lastError">The last build's error, or null: a page that connects to the stream gets it at once.</param>
    public PreviewHttpServer(int port, ReloadEventHub events, Func<string?> lastError)
    {
        _events = events;
        _lastError = lastError;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    /// <summary>Starts answering with the files of the output folder.</summary>
    public void Start(string outputDir)
    {
        _files = new SitePathResolver(outputDir);
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var escapedPath = context.Request.Url?.AbsolutePath ?? "/";
        var path = Uri.UnescapeDataString(escapedPath);
        var response = context.Response;
        var head = context.Request.HttpMethod == "HEAD";
        try
        {
            // A preview only reads: no other method has anything to do here.
            if (!head && context.Request.HttpMethod != "GET")
            {
                response.Headers["Allow"] = "GET, HEAD";
                Send(response, 405, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Method not allowed"), head);
                return;
            }
            if (path == ReloadEventHub.Path && !head)
            {
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-store";
                _events.Connect(response.OutputStream, _lastError());
                return;
            }
            if (path == LiveReloadScript.Path)
            {
                Send(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source), head);
                return;
            }
            if (path == ReloadEventHub.Path)
            {
                // HEAD of the event stream: its headers, without holding the connection open.
                Send(response, 200, "text/event-stream", [], head);
                return;
            }
            var resolved = _files!.Resolve(escapedPath);
            if (resolved.Outcome == RequestPathOutcome.Malformed)
            {
                Send(response, 400, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Bad request"), head);
                return;
            }
            if (resolved.File is not { } file)
            {
                // The site's own 404 page goes through the resolver too: it could be a link pointing out.
                var notFound = _files.Resolve("/" + OutputLayout.NotFoundPage).File;
                Send(response, 404, "text/html; charset=utf-8", notFound is not null ? LiveReloadScript.AddTo(File.ReadAllBytes(notFound)) : Encoding.UTF8.GetBytes("Not found"), head);
                return;
            }
            var bytes = File.ReadAllBytes(file);
            var type = MediaTypes.For(file);
            Send(response, 200, type, type.StartsWith("text/html") ? LiveReloadScript.AddTo(bytes) : bytes, head);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            try { response.Abort(); } catch (Exception) { }
        }
    }

    // A HEAD answer carries the GET answer's headers, its length included, and no body.
    private static void Send(HttpListenerResponse response, int status, string type, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        if (!head) response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
