using System.Net;
using QingdaoReader.Building;
using QingdaoReader.Config;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Serving;

/// <summary>
/// <c>qreader serve</c>: builds the site, serves the output on 127.0.0.1 (<see cref="PreviewHttpServer"/>), watches
/// content, templates and config (<see cref="SiteSourceWatcher"/>), rebuilds what changed (the builder reuses
/// unchanged readings) and tells open pages to reload (<see cref="ReloadEventHub"/>). A failed rebuild is shown in
/// the terminal and in the pages, and serving goes on with the last good site.
/// </summary>
public sealed class SiteServer : IDisposable
{
    public const string LivePath = LiveReloadScript.Path;
    public const string EventsPath = ReloadEventHub.Path;

    private readonly string _siteDir;
    private readonly SiteBuilder _builder;
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly ReloadEventHub _events = new();
    private readonly PreviewHttpServer _http;
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private SiteSourceWatcher? _watcher;
    private string? _lastError;

    public SiteServer(string siteDir, SiteBuilder builder, BuildOptions options, int port, TextWriter log)
    {
        _siteDir = Path.GetFullPath(siteDir);
        _builder = builder;
        _options = options;
        _log = log;
        Port = port;
        _http = new PreviewHttpServer(port, _events, () => _lastError);
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
        LastBuild = result.Elapsed;
        _http.Start(result.OutputDir);
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
        _watcher = new SiteSourceWatcher(_siteDir, SiteConfigLoader.Load(_siteDir), () => Rebuild());
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
            _events.Broadcast(ReloadEventHub.Reload, "");
        }
        catch (UserError e)
        {
            _lastError = e.Format();
            _log.WriteLine(_lastError);
            _events.Broadcast(ReloadEventHub.BuildError, _lastError);
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

    public void Dispose()
    {
        _watcher?.Dispose();
        _events.Dispose();
        _http.Dispose();
    }
}
