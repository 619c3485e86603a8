using System.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Chinese;

/// <summary>
/// The Chinese stage's entry point: segments and reads text and looks words up. Load it once and share it; it is
/// immutable and thread-safe to use (a site's own words come in through <see cref="WithUserWords"/>, a new view).
/// jieba's own dictionary loads lazily on the first <see cref="Read"/>.
/// </summary>
public sealed class ChineseLanguage
{
    private static readonly Lazy<ChineseLanguage> SharedInstance = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<JiebaSegmenter> _segmenter;

    private ChineseLanguage(ChineseLanguage shared, Lazy<JiebaSegmenter> segmenter)
    {
        Lexicon = shared.Lexicon;
        Model = shared.Model;
        DataLoadTime = shared.DataLoadTime;
        Converter = shared.Converter;
        _segmenter = segmenter;
    }

    private ChineseLanguage(Lexicon lexicon, PolyphoneModel? model, TimeSpan loadTime, Func<JiebaSegmenter> segmenter)
    {
        Lexicon = lexicon;
        Model = model;
        DataLoadTime = loadTime;
        Converter = new PinyinConverter(lexicon, model);
        _segmenter = new Lazy<JiebaSegmenter>(segmenter, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The instance shared by the whole process, loaded on first use.</summary>
    public static ChineseLanguage Shared => SharedInstance.Value;

    /// <summary>
    /// Starts loading <see cref="Shared"/>'s data (the lexicon, and jieba's dictionary) on background threads, so that a
    /// command's own start-up work (config, Markdown, templates) overlaps it. Errors surface on first real use.
    /// </summary>
    public static void StartLoadingShared()
    {
        ThreadPool.UnsafeQueueUserWorkItem(_ => { try { new JiebaSegmenter().Preload(); } catch (Exception) { /* reported on use */ } }, null);
        ThreadPool.UnsafeQueueUserWorkItem(_ => { try { _ = Shared; } catch (Exception) { /* reported on use */ } }, null);
    }

    /// <summary>Opens the engine's embedded language data (CC-CEDICT words, Unihan readings, surnames, jieba's dictionary, the polyphone model).</summary>
    /// <param name="polyphoneModel">False reads without the polyphone context model (the lexicon and rules alone), for comparison.</param>
    /// <exception cref="Binary.LanguageDataException">The language data is missing, damaged or of another version.</exception>
    public static ChineseLanguage Load(bool polyphoneModel = true)
    {
        var watch = Stopwatch.StartNew();
        var data = Binary.LanguageDataFile.Embedded;
        var lexicon = Lexicon.Load(data);
        var model = polyphoneModel ? PolyphoneModel.Load(data) : null;
        watch.Stop();
        return new ChineseLanguage(lexicon, model, watch.Elapsed, () => new JiebaSegmenter());
    }

    /// <summary>How long opening the engine's own data took (not counting jieba's dictionary, opened on first use).</summary>
    public TimeSpan DataLoadTime { get; }

    /// <summary>Number of CC-CEDICT headwords loaded.</summary>
    public int WordCount => Lexicon.WordCount;

    /// <summary>Number of characters with Unihan readings loaded.</summary>
    public int CharacterCount => Lexicon.CharCount;

    /// <summary>The word segmenter (created, and jieba loaded, on first use).</summary>
    public JiebaSegmenter Segmenter => _segmenter.Value;

    /// <summary>
    /// The same engine, whose segmenter also keeps <paramref name="words"/> (a site's glossary terms) whole. The
    /// dictionary, the model and this instance are shared and unchanged: a build gets its own view of its own words.
    /// </summary>
    public ChineseLanguage WithUserWords(IEnumerable<string> words)
    {
        var list = words.ToList();
        var segmenter = _segmenter;
        return new ChineseLanguage(this, new Lazy<JiebaSegmenter>(() => segmenter.Value.WithUserWords(list), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>Reads already segmented tokens.</summary>
    public PinyinConverter Converter { get; }

    internal Lexicon Lexicon { get; }

    /// <summary>The polyphone context model, or null when loaded without it.</summary>
    public PolyphoneModel? Model { get; }

    /// <summary>
    /// Segments and reads a run of text. The returned words' texts concatenate to <paramref name="text"/> exactly,
    /// whitespace and punctuation included.
    /// </summary>
    public IReadOnlyList<WordReading> Read(string text, ReadingOverrides? overrides = null) =>
        text.Length == 0 ? [] : Converter.Convert(Segmenter.Cut(text), overrides);

    /// <summary>
    /// Reads a run of text as <see cref="Read"/> does and says, for each polyphonic character, what decided its reading
    /// (for <c>qreader pinyin --explain</c>).
    /// </summary>
    public (IReadOnlyList<WordReading> Words, IReadOnlyList<ReadingDecision> Decisions) Explain(string text, ReadingOverrides? overrides = null)
    {
        var decisions = new List<ReadingDecision>();
        var words = text.Length == 0 ? [] : Converter.Convert(Segmenter.Cut(text), overrides, decisions);
        return (words, decisions);
    }

    /// <summary>
    /// A word's pinyin, its CC-CEDICT definitions (the preferred reading's first) and its difficulty rank by jieba
    /// word frequency (1 = most frequent; <see cref="int.MaxValue"/> when jieba does not list it). A word CC-CEDICT
    /// lacks gets its composed pinyin and no definitions. Null when the word holds no Han character.
    /// </summary>
    public DictionaryEntry? Lookup(string word)
    {
        word = word.Trim();
        if (!ChineseScript.ContainsHan(word)) return null;
        if (!Lexicon.TryGetWord(word, out var entry)) return new DictionaryEntry(word, Converter.WordPinyin(word), [], int.MaxValue);
        string pinyin = Pinyin.JoinWord(entry.Preferred.Syllables, entry.Preferred.PartStarts, false);
        return new DictionaryEntry(word, pinyin, Lexicon.Definitions(entry), entry.Rank == 0 ? int.MaxValue : entry.Rank);
    }

    /// <summary>Parses an overrides file's text (see <see cref="ReadingOverrides"/>).</summary>
    public ReadingOverrides ParseOverrides(string content, string source) => ReadingOverrides.Parse(content, source, this);
}
