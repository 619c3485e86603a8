using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using QingdaoReader.Annotation;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;

namespace QingdaoReader.Building;

/// <summary>
/// What a builder kept alive (<c>qreader serve</c>) remembers between builds, so that a rebuild reads, compiles and
/// writes only what changed: each reading file as last read, and each reading's output keyed by everything it depends
/// on. Safe to use from the parallel reading stage.
/// </summary>
internal sealed class RebuildMemory
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Reading Reading, string Digest)> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ILanguageServices> _languages = new(StringComparer.Ordinal);
    private (IReadOnlyList<GlossaryFile> Files, (IReadOnlyList<GlossaryEntry>, IReadOnlyList<UserError>) Read)? _glossary;

    /// <summary>The words of each run of text of the readings the last rebuild compiled.</summary>
    public RememberedWords Words { get; } = new();

    /// <summary>Whether a build has written the output folder: later builds update it in place.</summary>
    public bool HasWritten { get; set; }

    /// <summary>The last build's work for one reading and the site pages, for <see cref="SiteBuilder.WarmUp"/>.</summary>
    public Work? LastBuild { get; set; }

    public sealed record Work(ReadingCompiler Compiler, SitePages Pages, Reading Reading, IReadOnlyList<ReadingSummary> Summaries,
        Dictionary<string, GlossaryEntryView> Glossary);

    /// <summary>The glossary read from these files (entries and problems), reused while their paths and texts stay the same.</summary>
    public (IReadOnlyList<GlossaryEntry>, IReadOnlyList<UserError>) Glossary(IReadOnlyList<GlossaryFile> files)
    {
        if (_glossary is { } g && g.Files.SequenceEqual(files)) return g.Read;
        var read = GlossaryLoader.Read(files);
        _glossary = (files, read);
        return read;
    }

    /// <summary>One language services per content folder (each keeps its parsed pinyin overrides and dictionary look-ups).</summary>
    public ILanguageServices Language(string contentDir, Func<string, ILanguageServices> create) => _languages.GetOrAdd(contentDir, create);

    private readonly ConcurrentDictionary<string, (string Key, ReadingSummary Summary, IReadOnlyList<(string Path, byte[] Content)> Files)> _outputs = new(StringComparer.Ordinal);

    /// <summary>Reads a reading file again only if its time or length changed.</summary>
    public Reading Load(string path, string slug)
    {
        var stamp = FileStamp.Of(path);
        if (_sources.TryGetValue(path, out var known) && known.Stamp == stamp && known.Reading.Slug == slug)
            return known.Reading;
        var text = TextFileReader.ReadUtf8(path);
        var reading = ReadingLoader.Parse(text, path, slug);
        _sources[path] = (stamp, reading, Digest(text));
        return reading;
    }

    /// <summary>
    /// What every reading's output depends on besides its own files: the glossary, the templates, the base URL and the
    /// site's pinyin overrides (read once per build here, not once per reading).
    /// </summary>
    public static string SiteKey(IReadOnlyList<GlossaryFile> glossary, TemplateRenderer templates, string baseUrl, string contentDir) =>
        Digest(string.Concat(glossary.Select(f => f.Path + "\0" + f.Text + "\0")) + "\0" + templates.Fingerprint() + "\0" + baseUrl + "\0" + OverridesText(contentDir));

    /// <summary>What a reading's words depend on besides the site key: its own pinyin overrides.</summary>
    public static string ReadingLanguageKey(Reading r) => OverridesText(Path.GetDirectoryName(r.SourcePath)!);

    /// <summary>Everything a reading's output depends on: its file, the site key, its own pinyin overrides.</summary>
    public string InputKey(Reading r, string siteKey) =>
        Digest(r.SourcePath + "\0" + _sources[r.SourcePath].Digest + "\0" + siteKey + "\0" + ReadingLanguageKey(r));

    private static string OverridesText(string dir)
    {
        var path = Path.Combine(dir, ChineseLanguageServices.OverridesFile);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>The reading's summary if its output for these inputs is remembered; its files go to the writer as they are.</summary>
    public ReadingSummary? Reuse(Reading r, string key, SiteWriter writer)
    {
        if (!_outputs.TryGetValue(r.SourcePath, out var known) || known.Key != key) return null;
        foreach (var (path, content) in known.Files) writer.WriteKnown(path, content);
        return known.Summary;
    }

    /// <summary>Writes a freshly compiled reading's files and remembers them with its summary.</summary>
    public void Write(Reading r, string key, ReadingSummary summary, IEnumerable<OutputFile> files, SiteWriter writer)
    {
        var bytes = files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text()))).ToList();
        foreach (var (path, content) in bytes) writer.WriteBytes(path, content);
        _outputs[r.SourcePath] = (key, summary, bytes);
    }

    private static string Digest(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
