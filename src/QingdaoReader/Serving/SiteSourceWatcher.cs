using QingdaoReader.Config;

namespace QingdaoReader.Serving;

/// <summary>
/// Watches what a build reads (the content and templates folders and the site's config file) and calls
/// "rebuild now" once a burst of changes has settled.
/// </summary>
public sealed class SiteSourceWatcher : IDisposable
{
    /// <summary>How long the files must stay still before a rebuild.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    private readonly ChangeDebouncer _debouncer;
    private readonly FileSystemWatcher[] _watchers;

    public SiteSourceWatcher(string siteDir, SiteConfig config, Action rebuildNow)
    {
        _debouncer = new ChangeDebouncer(Quiet, rebuildNow);
        _watchers = new[] { config.Content, config.Templates }
            .Select(d => Path.Combine(siteDir, d)).Where(Directory.Exists)
            .Select(d => Watch(d, "*", true))
            .Append(Watch(siteDir, SiteConfigLoader.FileName, false))
            .ToArray();
    }

    private FileSystemWatcher Watch(string dir, string filter, bool subdirs)
    {
        var w = new FileSystemWatcher(dir, filter) { IncludeSubdirectories = subdirs, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size };
        w.Changed += (_, _) => _debouncer.Signal();
        w.Created += (_, _) => _debouncer.Signal();
        w.Deleted += (_, _) => _debouncer.Signal();
        w.Renamed += (_, _) => _debouncer.Signal();
        w.EnableRaisingEvents = true;
        return w;
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _debouncer.Dispose();
    }
}
