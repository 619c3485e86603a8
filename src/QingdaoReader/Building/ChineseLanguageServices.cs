using System.Collections.Concurrent;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Building;

/// <summary>
/// The Chinese engine as the build uses it: one shared <see cref="ChineseLanguage"/>, and per reading the teacher's
/// pinyin overrides (<c>content/pinyin.txt</c> for the site, <c>content/readings/&lt;slug&gt;/pinyin.txt</c> for one
/// reading; the reading's win).
/// </summary>
public sealed class ChineseLanguageServices : ILanguageServices
{
    private readonly ChineseLanguage _shared;
    private readonly string _contentDir;

    // The shared engine with this site's glossary words: replaced, never added to, by UseUserWords.
    private ChineseLanguage _language;

    public ChineseLanguageServices(ChineseLanguage shared, string contentDir)
    {
        _shared = shared;
        _contentDir = contentDir;
        _language = shared;
    }

    public const string OverridesFile = "pinyin.txt";

    // Each overrides file as last parsed, by its time and length: a preview server's rebuild sees an edited file.
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, PinyinOverrides Parsed)> _overrides = new(StringComparer.Ordinal);

    public ChineseLanguage Language => _language;

    public void UseUserWords(IEnumerable<string> words) =>
        _language = _shared.WithUserWords(words.Where(w => w.All(c => ChineseScript.IsHan(c))));

    public IWordReader ReaderFor(Reading? reading) => new Reader(_language, OverridesFor(reading));

    /// <summary>The pinyin overrides that apply to a reading (the site's and its own), or the site's when <paramref name="reading"/> is null.</summary>
    public PinyinOverrides OverridesFor(Reading? reading)
    {
        var site = SiteOverrides();
        return reading is null ? site
            : PinyinOverrides.Combine(site, Load(Path.Combine(Path.GetDirectoryName(reading.SourcePath)!, OverridesFile)));
    }

    private readonly ConcurrentDictionary<string, DictionaryEntry?> _lookups = new(StringComparer.Ordinal);

    // Readings share most of their words: look each up once per build process.
    public DictionaryEntry? Lookup(string word) => _lookups.GetOrAdd(word, _shared.Lookup);

    /// <summary>Overrides that matched no text in any reading (call after reading every text), by file and line.</summary>
    public IReadOnlyList<PinyinOverride> UnmatchedOverrides() =>
        _overrides.Values.SelectMany(o => o.Parsed.Unmatched())
            .OrderBy(o => o.Source, StringComparer.Ordinal).ThenBy(o => o.Line)
            .ToList();

    private PinyinOverrides SiteOverrides() => Load(Path.Combine(_contentDir, OverridesFile));

    private PinyinOverrides Load(string path)
    {
        var stamp = FileStamp.Of(path);
        if (_overrides.TryGetValue(path, out var known) && known.Stamp == stamp) return known.Parsed;
        var parsed = stamp.Exists ? _shared.ParseOverrides(TextFileReader.ReadUtf8(path), path) : PinyinOverrides.Empty;
        _overrides[path] = (stamp, parsed);
        return parsed;
    }

    private sealed class Reader(ChineseLanguage language, PinyinOverrides overrides) : IWordReader
    {
        public IReadOnlyList<PronouncedWord> Read(string text) => language.Read(text, overrides);
    }
}
