using System.Collections.Concurrent;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;

namespace QingdaoReader.Building;

/// <summary>
/// <c>qreader serve</c>'s memory of the Chinese stage: for the readings compiled in the last rebuild, each run of text
/// with the words it was read as. Reading a run is a pure function of the run, the site's glossary terms and the pinyin
/// overrides, so while those stay the same a rebuild after an edit reads again only the runs that changed (a teacher
/// edits a paragraph; the other paragraphs' words are remembered). A one-off build has no such memory.
/// </summary>
/// <remarks>
/// Only the readings of a rebuild that compiled at most <see cref="MaxReadings"/> readings are remembered (an edit,
/// not a whole site's first build), so the memory stays the size of a few readings' words.
/// </remarks>
internal sealed class RememberedWords
{
    /// <summary>The most readings a rebuild may compile for their runs to be remembered.</summary>
    public const int MaxReadings = 4;

    private sealed class Runs : ConcurrentDictionary<string, IReadOnlyList<PronouncedWord>>
    {
        public Runs() : base(StringComparer.Ordinal) { }
    }

    // By reading file: the key its runs were read under (site key and the reading's own overrides), the runs the
    // last build read, and the runs this build has read so far (only these are kept: an edited paragraph's old text
    // is forgotten).
    private readonly ConcurrentDictionary<string, (string Key, Runs Last, Runs Current)> _byReading = new(StringComparer.Ordinal);

    /// <summary>A language services that reads through this memory, for one build whose readings depend on <paramref name="siteKey"/>.</summary>
    public ILanguageServices Around(ILanguageServices language, string siteKey, Func<Reading, string> readingKey) =>
        new Remembering(this, language, siteKey, readingKey);

    /// <summary>After a build: keeps the runs it read of the readings it compiled if they were few, forgets every other.</summary>
    public void Keep(IReadOnlyCollection<string> compiledReadingFiles)
    {
        foreach (var (path, entry) in _byReading)
        {
            if (compiledReadingFiles.Count > MaxReadings || !compiledReadingFiles.Contains(path)) _byReading.TryRemove(path, out _);
            else _byReading[path] = (entry.Key, entry.Current, new Runs());
        }
    }

    private (Runs Last, Runs Current) RunsOf(string readingFile, string key)
    {
        var entry = _byReading.AddOrUpdate(readingFile, _ => (key, new Runs(), new Runs()),
            (_, known) => known.Key == key ? known : (key, new Runs(), new Runs()));
        return (entry.Last, entry.Current);
    }

    private sealed class Remembering(RememberedWords memory, ILanguageServices inner, string siteKey, Func<Reading, string> readingKey)
        : ILanguageServices
    {
        public void UseUserWords(IEnumerable<string> words) => inner.UseUserWords(words);

        public DictionaryEntry? Lookup(string word) => inner.Lookup(word);

        public IWordReader ReaderFor(Reading? reading)
        {
            if (reading is null) return inner.ReaderFor(null);
            var (last, current) = memory.RunsOf(reading.SourcePath, siteKey + "\0" + readingKey(reading));
            return new Reader(inner.ReaderFor(reading), last, current);
        }
    }

    private sealed class Reader(IWordReader inner, Runs last, Runs current) : IWordReader
    {
        public IReadOnlyList<PronouncedWord> Read(string text) =>
            current.GetOrAdd(text, t => last.TryGetValue(t, out var words) ? words : inner.Read(t));
    }
}
