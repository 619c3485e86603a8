using System.Text;
using QingdaoReader.Chinese.Binary;
using QingdaoReader.Text;

namespace QingdaoReader.Chinese;

/// <summary>
/// One reading of a dictionary word: a lowercase tone-marked syllable per rune (null for non-Han runes) and, for a
/// proper noun, which syllables start a capitalised part (CC-CEDICT writes "Xí Jìn píng" → Xí Jìnpíng).
/// </summary>
internal sealed class LexiconReading(string?[] syllables, bool[]? partStarts)
{
    public string?[] Syllables { get; } = syllables;

    /// <summary>Null for a common word; for a proper noun, true where a capitalised part begins.</summary>
    public bool[]? PartStarts { get; } = partStarts;

    public bool IsProper => PartStarts is not null;

    private string? _wordPinyin;

    /// <summary>The GB/T 16159 whole-word pinyin of this reading, computed once (a benign race: every thread computes the same string).</summary>
    public string WordPinyin => _wordPinyin ??= Pinyin.JoinWord(Syllables, PartStarts, false);
}

/// <summary>A CC-CEDICT headword: its preferred common reading, its proper-noun reading if any, and its jieba rank.</summary>
internal sealed class LexiconWord(LexiconReading preferred, LexiconReading? proper, int rank, string line, LexiconReading[]? others = null)
{
    /// <summary>Every reading CC-CEDICT gives besides <see cref="Preferred"/> (the proper one included), in its order; empty for most words.</summary>
    public LexiconReading[] Others { get; } = others ?? [];

    /// <summary>The reading for running text: the most frequent lowercase reading, or the proper one if that is all there is.</summary>
    public LexiconReading Preferred { get; } = preferred;

    /// <summary>The capitalised (name) reading, used when jieba tags the word as a person or place name.</summary>
    public LexiconReading? Proper { get; } = proper;

    /// <summary>Position in jieba's frequency order (1 = most frequent), 0 when jieba lacks the word.</summary>
    public int Rank { get; } = rank;

    /// <summary>The raw data line; definitions are parsed only when a popup asks for them.</summary>
    public string Line { get; } = line;
}

/// <summary>
/// The engine's read-only lexical data, read in place from the language data (<see cref="LanguageDataFile"/>, made by
/// QingdaoReader.DataGen): CC-CEDICT words, Unihan character readings (most frequent first), surname readings and
/// idiom halves. A word or character is decoded the first time it is asked for and kept; nothing is parsed at
/// start-up but the few hundred surnames and idiom halves. Thread-safe to read.
/// </summary>
internal sealed class Lexicon
{
    // CC-CEDICT words: an open-addressing hash table (LanguageDataFormat.WordHash, linear probing) over the
    // headwords; each word's data line ("rank\treading\tdefinitions…") is UTF-8, decoded on first use.
    private readonly MappedArray<int> _buckets;
    private readonly MappedArray<int> _keyEnd;
    private readonly MappedArray<char> _keys;
    private readonly MappedArray<int> _lineEnd;
    private readonly MappedArray<byte> _lines;
    private readonly LexiconWord?[] _decodedWords;

    // Unihan readings: code points in ascending order, each with its readings as indexes into the syllables.
    private readonly MappedArray<int> _codePoints;
    private readonly MappedArray<int> _readingEnd;
    private readonly MappedArray<ushort> _readingIds;
    private readonly string[]?[] _decodedChars;

    private readonly string[] _syllables;
    private readonly Dictionary<string, string[]> _surnames;
    private readonly HashSet<string> _rareSurnames;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _idiomHalves;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _syllablePoolBySpan;
    private readonly HashSet<string> _toneless;

    private Lexicon(LanguageDataFile data)
    {
        var words = data.Section(LanguageDataFormat.Words);
        _buckets = words.Array<int>();
        _keyEnd = words.Array<int>();
        _keys = words.Array<char>();
        _lineEnd = words.Array<int>();
        _lines = words.Array<byte>();
        words.End();
        if (_keyEnd.Length != _lineEnd.Length || _buckets.Length == 0 || (_buckets.Length & (_buckets.Length - 1)) != 0)
            throw new LanguageDataException($"section '{LanguageDataFormat.Words}' of {data.Source} is inconsistent; regenerate language.bin");
        _decodedWords = new LexiconWord?[_keyEnd.Length];

        var chars = data.Section(LanguageDataFormat.Characters);
        _codePoints = chars.Array<int>();
        _readingEnd = chars.Array<int>();
        _readingIds = chars.Array<ushort>();
        chars.End();
        _decodedChars = new string[]?[_codePoints.Length];

        var syllables = data.Section(LanguageDataFormat.Syllables);
        _syllables = syllables.Strings();
        syllables.End();
        var pool = new Dictionary<string, string>(_syllables.Length, StringComparer.Ordinal);
        foreach (string syllable in _syllables) pool[syllable] = syllable;
        _syllablePoolBySpan = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        _toneless = new HashSet<string>(StringComparer.Ordinal);
        foreach (string syllable in _syllables) _toneless.Add(Pinyin.Toneless(syllable));

        _surnames = new Dictionary<string, string[]>(1024, StringComparer.Ordinal);
        _rareSurnames = new HashSet<string>(StringComparer.Ordinal);
        var surnames = data.Section(LanguageDataFormat.Surnames);
        foreach (string line in surnames.Strings())
        {
            int tab = line.IndexOf('\t');
            int tab2 = line.IndexOf('\t', tab + 1);
            if (tab < 0 || tab2 < 0 || !int.TryParse(line.AsSpan(tab2 + 1), out int names))
                throw new LanguageDataException($"section '{LanguageDataFormat.Surnames}' of {data.Source}: expected \"surname<TAB>reading<TAB>names\", got \"{line}\"; regenerate language.bin");
            string surname = line[..tab];
            _surnames[surname] = SplitSyllables(line.AsSpan(tab + 1, tab2 - tab - 1));
            if (names < CommonSurnameNames) _rareSurnames.Add(surname);
        }
        surnames.End();

        var idiomHalves = new Dictionary<string, string[]>(1024, StringComparer.Ordinal);
        var idioms = data.Section(LanguageDataFormat.IdiomHalves);
        foreach (string line in idioms.Strings())
        {
            int tab = line.IndexOf('\t');
            idiomHalves[line[..tab]] = SplitSyllables(line.AsSpan(tab + 1));
        }
        idioms.End();
        _idiomHalves = idiomHalves.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the lexical sections of the language data.</summary>
    public static Lexicon Load(LanguageDataFile data) => new(data);

    public int WordCount => _keyEnd.Length;

    public int CharCount => _codePoints.Length;

    public bool TryGetWord(ReadOnlySpan<char> word, out LexiconWord entry)
    {
        int mask = _buckets.Length - 1;
        for (int slot = (int)(LanguageDataFormat.WordHash(word) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            int index = _buckets[slot];
            if (index < 0) { entry = null!; return false; }
            int from = index == 0 ? 0 : _keyEnd[index - 1];
            if (!_keys.Slice(from, _keyEnd[index] - from).SequenceEqual(word)) continue;
            entry = Volatile.Read(ref _decodedWords[index]) ?? Decode(index, word);
            return true;
        }
    }

    // A benign race: two threads may decode the same word; both results are equal and either is kept.
    private LexiconWord Decode(int index, ReadOnlySpan<char> word)
    {
        int from = index == 0 ? 0 : _lineEnd[index - 1];
        string line = string.Concat(word, "\t", Encoding.UTF8.GetString(_lines.Slice(from, _lineEnd[index] - from)));
        var decoded = ParseWord(line);
        Volatile.Write(ref _decodedWords[index], decoded);
        return decoded;
    }

    /// <summary>A character's readings, most frequent first (kHanyuPinlu counts, then kMandarin, kXHC1983, kTGHZ2013).</summary>
    public string[]? CharReadings(int codePoint)
    {
        int row = _codePoints.Span.BinarySearch(codePoint);
        if (row < 0) return null;
        if (Volatile.Read(ref _decodedChars[row]) is { } decoded) return decoded;
        int from = row == 0 ? 0 : _readingEnd[row - 1];
        var ids = _readingIds.Slice(from, _readingEnd[row] - from);
        var readings = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++) readings[i] = _syllables[ids[i]];
        Volatile.Write(ref _decodedChars[row], readings);
        return readings;
    }

    /// <summary>The surname reading of a one- or two-character surname (单 → shàn), or null.</summary>
    public string[]? SurnameReading(string surname) => _surnames.GetValueOrDefault(surname);

    /// <summary>
    /// Person names in jieba's dictionary that a surname must begin for the engine to take a name the segmenter
    /// guessed as a person's: 曾 (162 names), 单 (116) and 区 (16) are surnames wherever jieba says so; 澹 (8), 藉 (7),
    /// 莘 (2) and 召 (0) are, in running text, far more often in place names, words and classical prose (澹园 Dànyuán,
    /// 藉此 jiècǐ, 莘庄 Xīnzhuāng, 没有召他 zhào) than people's names. Measured on the CPP dev set (Chinese/README.md).
    /// </summary>
    internal const int CommonSurnameNames = 10;

    /// <summary>
    /// True for a surname that begins fewer than <see cref="CommonSurnameNames"/> person names in jieba's dictionary:
    /// read as a surname only where the text says so (区先生, 姓莘), not merely because the segmenter guessed a name.
    /// </summary>
    public bool IsRareSurname(string surname) => _rareSurnames.Contains(surname);

    /// <summary>The reading of a half of CC-CEDICT's four-character entries that is no word itself (攒动 → cuán dòng), or null.</summary>
    public string[]? IdiomHalfReading(ReadOnlySpan<char> half) => _idiomHalves.TryGetValue(half, out var r) ? r : null;

    /// <summary>True for a toneless syllable that some character is read as ("qing", "lü").</summary>
    public bool IsSyllable(string toneless) => _toneless.Contains(toneless);

    /// <summary>Returns the pooled instance of a syllable, so equal syllables share one string.</summary>
    public string Intern(ReadOnlySpan<char> syllable) =>
        _syllablePoolBySpan.TryGetValue(syllable, out string? pooled) ? pooled : syllable.ToString();

    /// <summary>Definitions of every reading, the preferred reading's first; others prefixed with their pinyin.</summary>
    public static IReadOnlyList<string> Definitions(LexiconWord word)
    {
        string[] fields = word.Line.Split('\t');
        var result = new List<string>();
        string? first = null;
        for (int i = 2; i + 1 < fields.Length; i += 2)
        {
            first ??= fields[i];
            string prefix = fields[i] == first ? "" : "[" + fields[i] + "] ";
            foreach (string d in fields[i + 1].Split('/', StringSplitOptions.RemoveEmptyEntries)) result.Add(prefix + d);
        }
        return result;
    }

    private LexiconWord ParseWord(string line)
    {
        // word \t rank \t reading \t defs [\t reading \t defs]…  (readings in preference order)
        ReadOnlySpan<char> rest = line.AsSpan();
        int tab = rest.IndexOf('\t');
        ReadOnlySpan<char> word = rest[..tab];
        rest = rest[(tab + 1)..];
        tab = rest.IndexOf('\t');
        int rank = int.Parse(rest[..tab]);
        rest = rest[(tab + 1)..];

        LexiconReading? preferred = null, proper = null;
        List<LexiconReading>? others = null;
        while (rest.Length > 0)
        {
            tab = rest.IndexOf('\t');
            ReadOnlySpan<char> reading = tab < 0 ? rest : rest[..tab];
            bool isProper = HasCapitalSyllable(reading);
            var parsed = ParseReading(word, reading, isProper);
            if (preferred is null) preferred = parsed;
            else (others ??= []).Add(parsed);
            if (isProper && proper is null) proper = parsed;
            if (tab < 0) break;
            rest = rest[(tab + 1)..];
            tab = rest.IndexOf('\t');
            if (tab < 0) break;
            rest = rest[(tab + 1)..];
        }
        return new LexiconWord(preferred!, proper, rank, line, others?.ToArray());
    }

    private static bool HasCapitalSyllable(ReadOnlySpan<char> reading)
    {
        foreach (var range in reading.Split(' '))
        {
            var s = reading[range];
            if (s.Length > 0 && char.IsUpper(s[0])) return true;
        }
        return false;
    }

    private LexiconReading ParseReading(ReadOnlySpan<char> word, ReadOnlySpan<char> reading, bool isProper)
    {
        int count = reading.Count(' ') + 1;
        var syllables = new string?[count];
        bool[]? parts = isProper ? new bool[count] : null;
        int i = 0;
        var runes = word.EnumerateRunes();
        Span<char> lower = stackalloc char[16];
        foreach (var range in reading.Split(' '))
        {
            runes.MoveNext();
            var token = reading[range];
            if (!ChineseScript.IsHan(runes.Current.Value)) { syllables[i++] = null; continue; }
            if (parts is not null && char.IsUpper(token[0]))
            {
                parts[i] = true;
                int n = token.ToLowerInvariant(lower);
                syllables[i++] = Intern(lower[..n]);
            }
            else
            {
                syllables[i++] = Intern(token);
            }
        }
        return new LexiconReading(syllables, parts);
    }

    private string[] SplitSyllables(ReadOnlySpan<char> text)
    {
        var result = new string[text.Count(' ') + 1];
        int i = 0;
        foreach (var range in text.Split(' ')) result[i++] = Intern(text[range]);
        return result;
    }
}
