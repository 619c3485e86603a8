using System.Collections.Concurrent;
using QingdaoReader.Annotation;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;

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
    // serve's memory: caches around the stages (readings, glossary, language services, each reading's output). A
    // one-off build has none, and every build of a kept builder gives what a fresh build of the same files gives.
    private readonly RebuildMemory? _memory;

    /// <param name="languageFor">The language services for a content folder (its pinyin overrides live there).</param>
    /// <param name="keepReadings">Keep each reading's output between builds, so a rebuild redoes only the readings
    /// that changed (what <c>qreader serve</c> wants; a one-off build does not need the memory).</param>
    public SiteBuilder(Func<string, ILanguageServices> languageFor, bool keepReadings = false)
    {
        _languageFor = languageFor;
        _memory = keepReadings ? new RebuildMemory() : null;
    }

    public BuildResult Build(string siteDir, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan)>();
        var lap = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string name) { stages.Add((name, lap.Elapsed)); lap.Restart(); }
        var site = Site.Load(siteDir, options.BaseUrl, _memory is null ? null : _memory.Glossary);
        var config = site.Config;
        var outputDir = ResolveOutput(siteDir, config, options);
        var contentDir = site.ContentDir;
        var templates = new TemplateRenderer(Path.Combine(siteDir, config.Templates));
        var layout = new OutputLayout(config.BaseUrl);

        var glossaryFiles = site.GlossaryFiles;
        var glossary = site.Glossary;
        // A one-off build keeps a reading's text only while it compiles it (it reads the file again then), so a site of a
        // thousand readings never holds a thousand texts at once; serve remembers the files it read.
        var readings = site.Readings(_memory is null ? MetadataOnly : _memory.Load).Where(r => options.Drafts || !r.Metadata.Draft).ToList();

        Stage("config, glossary, readings");
        // The glossary's terms, as this build's words: they replace the previous build's (serve), so an edited glossary
        // cuts as a fresh build does.
        var language = site.Language(dir => _memory?.Language(dir, _languageFor) ?? _languageFor(dir));

        Stage("language data");
        var siteKey = _memory is null ? "" : RebuildMemory.SiteKey(glossaryFiles, templates, config.BaseUrl, contentDir);
        // serve reads a reading's unchanged runs of text from memory (they read the same under the same key).
        var readingLanguage = _memory?.Words.Around(language, siteKey, RebuildMemory.ReadingLanguageKey) ?? language;
        var compiler = new ReadingCompiler(readingLanguage, new GlossaryMatcher(glossary), site.RawHtml);
        var siteView = new SiteView(config.Title, config.Description, config.Language, layout.BaseUrl, "QingdaoReader");
        var reader = language.ReaderFor(null);
        var glossaryViews = GlossaryPages.Views(glossary, reader);
        var pages = new SitePages(siteView, layout, templates, glossaryViews);
        Stage("templates");
        // serve's rebuilds update the last good output in place; a one-off build stages and swaps.
        using var writer = new SiteWriter(outputDir, inPlace: _memory is { HasWritten: true });

        // Each reading is compiled, rendered and written on its own (in parallel); only its summary is kept.
        var compiledFiles = new ConcurrentBag<string>();
        var summaries = Unwrap(() => readings.AsParallel().AsOrdered().Select(r =>
        {
            var key = _memory?.InputKey(r, siteKey);
            if (key is not null && _memory!.Reuse(r, key, writer) is { } reused) return reused;
            options.Progress?.Invoke(r.Slug);
            var compiled = compiler.Compile(_memory is null ? ReadingLoader.Load(r.SourcePath, r.Slug) : r);
            var summary = ReadingSummary.Of(compiled);
            if (key is not null) _memory!.Write(r, key, summary, pages.ReadingFiles(compiled), writer);
            else foreach (var file in pages.ReadingFiles(compiled)) writer.Write(file);
            compiledFiles.Add(r.SourcePath);
            return summary;
        }).ToList());

        Stage($"readings ({compiledFiles.Count} compiled)");
        var readingPages = readings.Select(r => OutputLayout.ReadingPage(r.Slug)).ToList();
        var written = new List<string>(readingPages);
        var glossaryWithOccurrences = GlossaryPages.WithOccurrences(glossaryViews, SitePages.LatestFirst(summaries));
        Stage("glossary occurrences");
        var outputInput = new SiteOutputInput(config.Title, layout, pages, summaries, glossaryWithOccurrences, readingPages,
            Path.Combine(templates.TemplatesDir, OutputLayout.AssetsFolder));
        foreach (var output in SiteOutputs.All)
        {
            foreach (var file in output.Files(outputInput))
            {
                writer.Write(file);
                if (file.Path.EndsWith(".html", StringComparison.Ordinal)) written.Add(file.Path);
            }
        }
        Stage("site pages, feeds, assets");
        writer.Commit();
        Stage("swap output");
        if (_memory is not null)
        {
            _memory.HasWritten = true;
            _memory.Words.Keep(compiledFiles.ToHashSet(StringComparer.Ordinal));
            if (readings.Count > 0) _memory.LastBuild = new RebuildMemory.Work(compiler, pages, readings[0], summaries, glossaryWithOccurrences);
        }
        return new BuildResult(outputDir, summaries.Count, written.Count, glossary.Count, compiledFiles.Count, started.Elapsed) { Stages = stages };
    }

    /// <summary>
    /// Runs the last build's work for one reading and the site pages a number of times, throwing the results away, so
    /// that the runtime has optimised that code before the first edit arrives: in a preview server each method runs
    /// once per rebuild and would otherwise stay in its slow first-tier form for many rebuilds.
    /// </summary>
    public void WarmUp(int rounds = 40)
    {
        if (_memory?.LastBuild is not { } w) return;
        var scratch = Path.Combine(Path.GetTempPath(), "qreader-warm-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var writer = new SiteWriter(Path.Combine(scratch, "_site"));
            for (var i = 0; i < rounds; i++)
            {
                foreach (var file in w.Pages.ReadingFiles(w.Compiler.Compile(w.Reading))) file.Text();
                var input = new SiteOutputInput("", new OutputLayout("/"), w.Pages, w.Summaries, w.Glossary, [], "");
                foreach (var output in SiteOutputs.Pages) foreach (var file in output.Files(input)) writer.Write(file);
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static Reading MetadataOnly(string path, string slug) => ReadingLoader.Load(path, slug) with { Body = "" };

    // A user error inside the parallel stage arrives wrapped; report it (the first, in reading order) as itself.
    private static T Unwrap<T>(Func<T> work)
    {
        try { return work(); }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<UserError>().FirstOrDefault() is { } user)
        {
            throw user;
        }
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
