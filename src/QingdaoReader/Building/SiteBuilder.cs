using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using Scriban.Runtime;

namespace QingdaoReader.Building;

/// <summary>What a build did, for the command line and for tests.</summary>
public sealed record BuildResult(string OutputDir, int Readings, int Pages, int GlossaryTerms, int ReadingsCompiled, TimeSpan Elapsed)
{
    /// <summary>Wall time of each stage, in order (shown by --verbose).</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages { get; init; } = [];
}

/// <summary>Options a command line may set on top of site.config.yml.</summary>
public sealed record BuildOptions
{
    public string? BaseUrl { get; init; }
    public string? Output { get; init; }
    public bool Drafts { get; init; }
    /// <summary>Told of each reading as it is compiled (for progress display).</summary>
    public Action<string>? Progress { get; init; }
}

/// <summary>
/// The whole pipeline: config → content (front matter, Markdown) → structure → Chinese annotation and glossary
/// (<see cref="ReadingCompiler"/>, in parallel across readings) → templates → output. A builder kept alive (as
/// <c>qreader serve</c> does) reuses the compiled readings whose inputs did not change.
/// </summary>
public sealed class SiteBuilder
{
    private readonly Func<string, ILanguageServices> _languageFor;
    private readonly ConcurrentDictionary<string, ILanguageServices> _languages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Key, ReadingSummary Summary, IReadOnlyList<(string Path, byte[] Content)> Files)> _cache = new(StringComparer.Ordinal);
    private readonly bool _keepReadings;
    private bool _builtOnce;
    // serve: each reading file as last read (by its time and length), with a digest of its text.
    private readonly ConcurrentDictionary<string, (DateTime Time, long Length, Reading Reading, string Digest)> _sources = new(StringComparer.Ordinal);
    private (ReadingCompiler Compiler, SitePages Pages, Reading Reading, IReadOnlyList<ReadingSummary> Summaries,
        Dictionary<string, GlossaryEntryView> Glossary)? _warm;
    private (string Dir, string Text, IReadOnlyList<GlossaryEntry> Entries)? _glossary;

    /// <param name="languageFor">The language services for a content folder (its pinyin overrides live there).</param>
    /// <param name="keepReadings">Keep each reading's output between builds, so a rebuild redoes only the readings
    /// that changed (what <c>qreader serve</c> wants; a one-off build does not need the memory).</param>
    public SiteBuilder(Func<string, ILanguageServices> languageFor, bool keepReadings = false)
    {
        _languageFor = languageFor;
        _keepReadings = keepReadings;
    }

    public BuildResult Build(string siteDir, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan)>();
        var lap = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string name) { stages.Add((name, lap.Elapsed)); lap.Restart(); }
        var config = SiteConfigLoader.Load(siteDir);
        if (options.BaseUrl is not null) config = config with { BaseUrl = options.BaseUrl };
        var outputDir = ResolveOutput(siteDir, config, options);
        var contentDir = Path.GetFullPath(Path.Combine(siteDir, config.Content));
        var templates = new TemplateRenderer(Path.Combine(siteDir, config.Templates));
        var layout = new OutputLayout(config.BaseUrl);

        var glossaryPath = Path.Combine(contentDir, GlossaryLoader.FileName);
        var glossaryText = File.Exists(glossaryPath) ? TextFileReader.ReadUtf8(glossaryPath) : "";
        // A rebuild with the same glossary text reuses the parsed glossary.
        var glossary = _glossary is { } g && g.Text == glossaryText && g.Dir == contentDir ? g.Entries : GlossaryLoader.Parse(glossaryText, glossaryPath);
        _glossary = (contentDir, glossaryText, glossary);
        var readings = ReadingLoader.LoadAll(contentDir, _keepReadings ? LoadRemembered : null).Where(r => options.Drafts || !r.Metadata.Draft).ToList();

        Stage("config, glossary, readings");
        var language = _languages.GetOrAdd(contentDir, _languageFor);
        // jieba's AddWord is not thread-safe: every user word goes in before any reading is segmented.
        language.AddUserWords(glossary.Select(g => g.Term));

        Stage("language data");
        var compiler = new ReadingCompiler(language, new GlossaryMatcher(glossary), SiteConfigLoader.RawHtml(config, Path.Combine(siteDir, SiteConfigLoader.FileName)));
        var site = new SiteView(config.Title, config.Description, config.Language, layout.BaseUrl, "QingdaoReader");
        var reader = language.ReaderFor(null);
        var glossaryViews = GlossaryPages.Views(glossary, reader);
        var pages = new SitePages(site, layout, templates, glossaryViews);
        // A cached reading's files are valid while its inputs, the glossary, the templates and the base URL are the same.
        var siteKey = _keepReadings
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(glossaryText + "\0" + templates.Fingerprint() + "\0" + config.BaseUrl)))
            : "";
        Stage("templates");
        // serve's rebuilds update the last good output in place; a one-off build stages and swaps.
        using var writer = new SiteWriter(outputDir, inPlace: _keepReadings && _builtOnce);

        // Each reading is compiled, rendered and written on its own (in parallel); only its summary is kept.
        var compiledCount = 0;
        var summaries = Unwrap(() => readings.AsParallel().AsOrdered().Select(r =>
        {
            var key = _keepReadings ? InputKey(r, _sources[r.SourcePath].Digest, siteKey, contentDir) : "";
            if (_keepReadings && _cache.TryGetValue(r.SourcePath, out var cached) && cached.Key == key)
            {
                foreach (var (path, content) in cached.Files) writer.WriteKnown(path, content);
                return cached.Summary;
            }
            options.Progress?.Invoke(r.Slug);
            var compiled = compiler.Compile(r);
            var summary = ReadingSummary.Of(compiled);
            if (_keepReadings)
            {
                var files = pages.ReadingFiles(compiled).Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text()))).ToList();
                foreach (var (path, content) in files) writer.WriteBytes(path, content);
                _cache[r.SourcePath] = (key, summary, files);
            }
            else
            {
                foreach (var file in pages.ReadingFiles(compiled)) writer.Write(file.Path, file.Write);
            }
            Interlocked.Increment(ref compiledCount);
            return summary;
        }).ToList());

        Stage($"readings ({compiledCount} compiled)");
        var written = readings.Select(r => OutputLayout.ReadingPage(r.Slug)).ToList();
        var glossaryWithOccurrences = GlossaryPages.WithOccurrences(glossaryViews, SitePages.LatestFirst(summaries));
        Stage("glossary occurrences");
        written.AddRange(pages.WriteSitePages(writer, summaries, glossaryWithOccurrences));
        Stage("index, glossary and 404 pages");
        writer.WriteText(SiteFeeds.SitemapFile, SiteFeeds.SitemapXml(layout, written.Where(p => p.EndsWith(".html") && p != OutputLayout.NotFoundPage)));
        writer.WriteText(SiteFeeds.FeedFile, SiteFeeds.AtomXml(layout, config.Title, summaries));
        writer.WriteText(SiteFeeds.RobotsFile, SiteFeeds.RobotsTxt(layout));
        writer.CopyFolder(Path.Combine(templates.TemplatesDir, OutputLayout.AssetsFolder), OutputLayout.AssetsFolder);
        Stage("feeds, assets");
        writer.Commit();
        Stage("swap output");
        _builtOnce = true;
        if (_keepReadings && readings.Count > 0)
            _warm = (compiler, pages, readings[0], summaries, glossaryWithOccurrences);
        return new BuildResult(outputDir, summaries.Count, written.Count, glossary.Count, compiledCount, started.Elapsed) { Stages = stages };
    }

    /// <summary>
    /// Runs the last build's work for one reading and the site pages a number of times, throwing the results away, so
    /// that the runtime has optimised that code before the first edit arrives: in a preview server each method runs
    /// once per rebuild and would otherwise stay in its slow first-tier form for many rebuilds.
    /// </summary>
    public void WarmUp(int rounds = 40)
    {
        if (_warm is not { } w) return;
        var scratch = Path.Combine(Path.GetTempPath(), "qreader-warm-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var writer = new SiteWriter(Path.Combine(scratch, "_site"));
            for (var i = 0; i < rounds; i++)
            {
                foreach (var file in w.Pages.ReadingFiles(w.Compiler.Compile(w.Reading))) file.Text();
                w.Pages.WriteSitePages(writer, w.Summaries, w.Glossary);
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    // A user error inside the parallel stage arrives wrapped; report it (the first, in reading order) as itself.
    private static T Unwrap<T>(Func<T> work)
    {
        try { return work(); }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<UserError>().FirstOrDefault() is { } user)
        {
            throw user;
        }
    }

    // A preview server's rebuilds read again only the reading files whose time or length changed. The file is looked at
    // before it is read, so a save during the read shows as a change next time.
    private Reading LoadRemembered(string path, string slug)
    {
        var file = new FileInfo(path);
        var (time, length) = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (default, -1);
        if (_sources.TryGetValue(path, out var known) && known.Time == time && known.Length == length && known.Reading.Slug == slug)
            return known.Reading;
        var text = TextFileReader.ReadUtf8(path);
        var reading = ReadingLoader.Parse(text, path, slug);
        _sources[path] = (time, length, reading, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        return reading;
    }

    // Everything a compiled reading depends on: its file, the glossary, templates and base URL (siteKey), the pinyin overrides.
    private static string InputKey(Reading r, string sourceDigest, string siteKey, string contentDir)
    {
        var sb = new StringBuilder(r.SourcePath).Append('\0').Append(sourceDigest).Append('\0').Append(siteKey);
        foreach (var f in new[] { Path.Combine(contentDir, ChineseLanguageServices.OverridesFile),
                     Path.Combine(Path.GetDirectoryName(r.SourcePath)!, ChineseLanguageServices.OverridesFile) })
            if (File.Exists(f)) sb.Append('\0').Append(File.ReadAllText(f));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static string ResolveOutput(string siteDir, SiteConfig config, BuildOptions options)
    {
        var site = Path.GetFullPath(siteDir);
        if (options.Output is not null) return Path.GetFullPath(options.Output);
        var output = Path.GetFullPath(Path.Combine(site, config.Output));
        if (!output.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UserError(new SourceLocation(Path.Combine(siteDir, SiteConfigLoader.FileName)),
                $"the output folder '{config.Output}' lies outside the site folder",
                "keep `output:` inside the site, or name the folder explicitly with --output");
        return output;
    }
}
