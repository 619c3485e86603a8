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
    // A view with a site's words: the segmenter without them, and the words themselves.
    private readonly Lazy<JiebaSegmenter>? _baseSegmenter;
    private readonly HashSet<string>? _userWords;

    private ChineseLanguage(ChineseLanguage shared, Lazy<JiebaSegmenter> segmenter, IEnumerable<string> userWords)
    {
        Lexicon = shared.Lexicon;
        Model = shared.Model;
        DataLoadTime = shared.DataLoadTime;
        Converter = shared.Converter;
        _segmenter = segmenter;
        _baseSegmenter = shared._baseSegmenter ?? shared._segmenter;
        _userWords = new HashSet<string>(userWords, StringComparer.Ordinal);
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
        return new ChineseLanguage(this, new Lazy<JiebaSegmenter>(() => segmenter.Value.WithUserWords(list), LazyThreadSafetyMode.ExecutionAndPublication), list);
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
    public IReadOnlyList<PronouncedWord> Read(string text, PinyinOverrides? overrides = null) =>
        text.Length == 0 ? [] : ReadAsRunningText(Converter.Convert(Segmenter.Cut(text), overrides), text, overrides);

    /// <summary>
    /// A site's word that CC-CEDICT lacks (a glossary term: 以人民为中心, 河长制) is kept whole, but read as the same text
    /// is read without it, where jieba's cut lets the context rules and the model see its parts (以人民为中心 then has the
    /// 以…为 frame: wéi; 河长制 has 河长 hézhǎng). Only the syllables change; the word and its boundaries stay.
    /// </summary>
    private IReadOnlyList<PronouncedWord> ReadAsRunningText(IReadOnlyList<PronouncedWord> words, string text, PinyinOverrides? overrides)
    {
        if (_userWords is null || _baseSegmenter is null || !words.Any(IsLooseUserWord)) return words;
        var plain = Converter.Convert(_baseSegmenter.Value.Cut(text), overrides);
        // Each Han rune's reading in the plain read, by its UTF-16 offset in the text.
        var syllables = new Dictionary<int, (string? Syllable, string? Spoken)>();
        var plainWords = new List<(int Start, int End, PronouncedWord Word)>();
        var at = 0;
        foreach (var w in plain)
        {
            plainWords.Add((at, at + w.Text.Length, w));
            var offset = at;
            var k = 0;
            foreach (var rune in w.Text.EnumerateRunes())
            {
                syllables[offset] = (w.Syllables[k], w.SpokenSyllables[k]);
                offset += rune.Utf16SequenceLength;
                k++;
            }
            at += w.Text.Length;
        }
        var result = new PronouncedWord[words.Count];
        at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            result[i] = IsLooseUserWord(w) ? Reread(w, at, syllables, plainWords) : w;
            at += w.Text.Length;
        }
        return result;
    }

    private bool IsLooseUserWord(PronouncedWord w) =>
        w.Text.Length >= 3 && _userWords!.Contains(w.Text) && !Lexicon.TryGetWord(w.Text, out _);

    private static PronouncedWord Reread(PronouncedWord w, int start, Dictionary<int, (string? Syllable, string? Spoken)> plain,
        List<(int Start, int End, PronouncedWord Word)> plainWords)
    {
        var syllables = new string?[w.Syllables.Count];
        var spoken = new string?[w.Syllables.Count];
        var offset = start;
        var k = 0;
        var changed = false;
        foreach (var rune in w.Text.EnumerateRunes())
        {
            var (s, sp) = plain.TryGetValue(offset, out var p) ? p : (w.Syllables[k], w.SpokenSyllables[k]);
            syllables[k] = s ?? w.Syllables[k];
            spoken[k] = sp ?? syllables[k];
            if (!string.Equals(syllables[k], w.Syllables[k], StringComparison.OrdinalIgnoreCase)) changed = true;
            offset += rune.Utf16SequenceLength;
            k++;
        }
        if (!changed) return w;
        // Where the running text's words tile the site's word, its pinyin is theirs, a space between words (的确|定性 read
        // de|quèdìngxìng is written "de quèdìngxìng"); otherwise each syllable is replaced in place.
        var end = start + w.Text.Length;
        var inside = plainWords.Where(p => p.Start >= start && p.End <= end).ToList();
        var tiles = inside.Count > 0 && inside[0].Start == start && inside[^1].End == end
            && inside.Zip(inside.Skip(1)).All(pair => pair.First.End == pair.Second.Start);
        var pinyin = tiles
            ? string.Join(" ", inside.Select(p => p.Word).Where(x => x.HasHan).Select(x => x.WordPinyin))
            : Resyllabify(w.WordPinyin, w.Syllables, syllables);
        return w with { Syllables = syllables, SpokenSyllables = spoken, WordPinyin = pinyin };
    }

    // The word's pinyin with each syllable replaced in place, keeping its spacing and capitals (Qīngdǎo, gōngzuò huìbào).
    private static string Resyllabify(string wordPinyin, IReadOnlyList<string?> before, IReadOnlyList<string?> after)
    {
        var sb = new System.Text.StringBuilder();
        var pos = 0;
        for (var k = 0; k < before.Count; k++)
        {
            if (before[k] is not { Length: > 0 } old || after[k] is not { } now) continue;
            var found = wordPinyin.IndexOf(old, pos, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return string.Join(" ", after.Where(x => x is not null));
            sb.Append(wordPinyin, pos, found - pos);
            sb.Append(char.IsUpper(wordPinyin[found]) && now.Length > 0 ? char.ToUpperInvariant(now[0]) + now[1..] : now);
            pos = found + old.Length;
        }
        sb.Append(wordPinyin, pos, wordPinyin.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Reads a run of text as <see cref="Read"/> does and says, for each polyphonic character, what decided its reading
    /// (for <c>qreader pinyin --explain</c>).
    /// </summary>
    public (IReadOnlyList<PronouncedWord> Words, IReadOnlyList<PronunciationDecision> Decisions) Explain(string text, PinyinOverrides? overrides = null)
    {
        var decisions = new List<PronunciationDecision>();
        var words = text.Length == 0 ? [] : Converter.Convert(Segmenter.Cut(text), overrides, decisions);
        var reread = text.Length == 0 ? words : ReadAsRunningText(words, text, overrides);
        if (!ReferenceEquals(reread, words) && _baseSegmenter is not null)
        {
            // Inside a site's word read as running text, the reasons are the running text's.
            var plain = new List<PronunciationDecision>();
            Converter.Convert(_baseSegmenter.Value.Cut(text), overrides, plain);
            var loose = new List<(int Start, int End)>();
            var at = 0;
            foreach (var w in words)
            {
                if (IsLooseUserWord(w)) loose.Add((at, at + w.Text.Length));
                at += w.Text.Length;
            }
            bool Inside(int offset) => loose.Any(r => offset >= r.Start && offset < r.End);
            decisions = [.. decisions.Where(d => !Inside(d.Offset)), .. plain.Where(d => Inside(d.Offset))];
            decisions.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }
        return (reread, decisions);
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

    /// <summary>Parses an overrides file's text (see <see cref="PinyinOverrides"/>).</summary>
    public PinyinOverrides ParseOverrides(string content, string source) => PinyinOverrides.Parse(content, source, this);
}
