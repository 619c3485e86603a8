using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
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
    private readonly ConcurrentDictionary<string, (DateTime Time, long Length, Reading Reading, string Digest)> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Key, ReadingSummary Summary, IReadOnlyList<(string Path, byte[] Content)> Files)> _outputs = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads a reading file again only if its time or length changed. The file is looked at before it is read, so a
    /// save during the read shows as a change next time.
    /// </summary>
    public Reading Load(string path, string slug)
    {
        var file = new FileInfo(path);
        var (time, length) = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (default, -1);
        if (_sources.TryGetValue(path, out var known) && known.Time == time && known.Length == length && known.Reading.Slug == slug)
            return known.Reading;
        var text = TextFileReader.ReadUtf8(path);
        var reading = ReadingLoader.Parse(text, path, slug);
        _sources[path] = (time, length, reading, Digest(text));
        return reading;
    }

    /// <summary>What every reading's output depends on besides its own files: the glossary, the templates, the base URL.</summary>
    public static string SiteKey(string glossaryText, TemplateRenderer templates, string baseUrl) =>
        Digest(glossaryText + "\0" + templates.Fingerprint() + "\0" + baseUrl);

    /// <summary>Everything a reading's output depends on: its file, the site key, the pinyin overrides.</summary>
    public string InputKey(Reading r, string siteKey, string contentDir)
    {
        var sb = new StringBuilder(r.SourcePath).Append('\0').Append(_sources[r.SourcePath].Digest).Append('\0').Append(siteKey);
        foreach (var f in new[] { Path.Combine(contentDir, ChineseLanguageServices.OverridesFile),
                     Path.Combine(Path.GetDirectoryName(r.SourcePath)!, ChineseLanguageServices.OverridesFile) })
            if (File.Exists(f)) sb.Append('\0').Append(File.ReadAllText(f));
        return Digest(sb.ToString());
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
