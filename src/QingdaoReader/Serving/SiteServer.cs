using System.Net;
using System.Text;
using QingdaoReader.Building;
using QingdaoReader.Config;
using QingdaoReader.Diagnostics;
using QingdaoReader.Output;

namespace QingdaoReader.Serving;

/// <summary>
/// <c>qreader serve</c>: builds the site, serves the output on 127.0.0.1, watches content, templates and config,
/// rebuilds what changed (the builder reuses unchanged readings) and tells open pages to reload through a
/// server-sent event stream. A failed rebuild is shown in the terminal and in the pages, and serving goes on with
/// the last good site.
/// </summary>
public sealed class SiteServer : IDisposable
{
    public const string LivePath = "/__qreader/live.js";
    public const string EventsPath = "/__qreader/events";

    private readonly string _siteDir;
    private readonly SiteBuilder _builder;
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly HttpListener _listener = new();
    private readonly List<StreamWriter> _clients = [];
    private readonly object _gate = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private FileSystemWatcher[] _watchers = [];
    private Timer? _debounce;
    private string? _lastError;
    private SitePathResolver? _files;

    public SiteServer(string siteDir, SiteBuilder builder, BuildOptions options, int port, TextWriter log)
    {
        _siteDir = Path.GetFullPath(siteDir);
        _builder = builder;
        _options = options;
        _log = log;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>How many rebuilds have finished (successful or not); lets tests wait for one.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>The duration of the last successful build.</summary>
    public TimeSpan LastBuild { get; private set; }

    public string? LastError => _lastError;

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>Builds once (a failure here is the user's to fix first: it throws), then starts serving and watching.</summary>
    public void Start()
    {
        var result = _builder.Build(_siteDir, _options);
        _files = new SitePathResolver(result.OutputDir);
        LastBuild = result.Elapsed;
        _listener.Start();
        _ = Task.Run(AcceptLoop);
        _ = Task.Run(() =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                _builder.WarmUp();
                _log.WriteLine($"Warmed up the rebuild path in {watch.ElapsedMilliseconds} ms");
            }
            catch (Exception e) when (e is UserError or IOException)
            {
                _log.WriteLine("Warm-up skipped: " + e.Message); // the next rebuild reports the problem properly
            }
        });
        var config = SiteConfigLoader.Load(_siteDir);
        _watchers = new[] { config.Content, config.Templates }
            .Select(d => Path.Combine(_siteDir, d)).Where(Directory.Exists)
            .Select(d => Watch(d, "*", true))
            .Append(Watch(_siteDir, SiteConfigLoader.FileName, false))
            .ToArray();
    }

    private FileSystemWatcher Watch(string dir, string filter, bool subdirs)
    {
        var w = new FileSystemWatcher(dir, filter) { IncludeSubdirectories = subdirs, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size };
        w.Changed += (_, _) => Schedule();
        w.Created += (_, _) => Schedule();
        w.Deleted += (_, _) => Schedule();
        w.Renamed += (_, _) => Schedule();
        w.EnableRaisingEvents = true;
        return w;
    }

    // Editors write a file in several steps: wait for a quiet moment before rebuilding.
    private void Schedule()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild(), null, 30, Timeout.Infinite);
        }
    }

    /// <summary>Rebuilds now; returns the error message, or null on success.</summary>
    public string? Rebuild()
    {
        _buildLock.Wait();
        try
        {
            var result = _builder.Build(_siteDir, _options);
            LastBuild = result.Elapsed;
            _lastError = null;
            _log.WriteLine($"Rebuilt {result.ReadingsCompiled} changed reading(s) of {result.Readings} in {result.Elapsed.TotalMilliseconds:F0} ms");
            Broadcast("reload", "");
        }
        catch (UserError e)
        {
            _lastError = e.Format();
            _log.WriteLine(_lastError);
            Broadcast("build-error", _lastError);
        }
        catch (IOException e)
        {
            // A file caught mid-write: the next change event rebuilds again.
            _lastError = e.Message;
            _log.WriteLine($"error: {e.Message}");
        }
        finally
        {
            Rebuilds++;
            _buildLock.Release();
        }
        return _lastError;
    }

    private void Broadcast(string name, string data)
    {
        var message = $"event: {name}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";
        lock (_clients)
        {
            foreach (var c in _clients.ToList())
            {
                try { c.Write(message); c.Flush(); }
                catch (Exception) { _clients.Remove(c); }
            }
        }
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
            if (path == EventsPath && !head)
            {
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-store";
                var writer = new StreamWriter(response.OutputStream, new UTF8Encoding(false));
                writer.Write(": connected\n\n");
                if (_lastError is not null) writer.Write($"event: build-error\ndata: {_lastError.Replace("\n", "\ndata: ")}\n\n");
                writer.Flush();
                lock (_clients) _clients.Add(writer);
                return;
            }
            if (path == LivePath)
            {
                Send(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveScript), head);
                return;
            }
            if (path == EventsPath)
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
                Send(response, 404, "text/html; charset=utf-8", notFound is not null ? Inject(File.ReadAllBytes(notFound)) : Encoding.UTF8.GetBytes("Not found"), head);
                return;
            }
            var bytes = File.ReadAllBytes(file);
            var type = ContentType(file);
            Send(response, 200, type, type.StartsWith("text/html") ? Inject(bytes) : bytes, head);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            try { response.Abort(); } catch (Exception) { }
        }
    }

    // Pages served here load the live-reload script; the built files on disk never contain it.
    private static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{LivePath}\" defer></script>";
        var i = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(i < 0 ? text + tag : text.Insert(i, tag));
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

    /// <summary>The media type a static host sends for a file of the built site.</summary>
    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".tsv" => "text/tab-separated-values; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    private const string LiveScript = """
        (function () {
          "use strict";
          var banner = null;
          function show(message) {
            if (!banner) {
              banner = document.createElement("pre");
              banner.setAttribute("role", "alert");
              banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:1rem;z-index:99999;" +
                "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;max-height:50vh;overflow:auto";
              document.body.appendChild(banner);
            }
            banner.textContent = "Build failed (the page shows the last good build)\n\n" + message;
          }
          var events = new EventSource("/__qreader/events");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("build-error", function (e) { show(e.data); });
        })();
        """;

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _debounce?.Dispose();
        lock (_clients) foreach (var c in _clients) { try { c.Dispose(); } catch (Exception) { } }
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
