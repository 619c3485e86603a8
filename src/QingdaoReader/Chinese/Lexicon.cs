using System.IO.Compression;
using System.Reflection;
using System.Text;
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
/// The engine's read-only lexical data, loaded once from the embedded files that QingdaoReader.DataGen produces:
/// CC-CEDICT words, Unihan character readings (most frequent first), surname readings and idiom halves. Thread-safe to read.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, LexiconWord> _words;
    private readonly Dictionary<string, LexiconWord>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<int, string[]> _chars;
    private readonly Dictionary<string, string[]> _surnames;
    private readonly HashSet<string> _rareSurnames;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _idiomHalves;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _syllablePoolBySpan;
    private readonly HashSet<string> _toneless;

    private Lexicon(Dictionary<string, LexiconWord> words, Dictionary<int, string[]> chars,
        Dictionary<string, string[]> surnames, HashSet<string> rareSurnames, Dictionary<string, string[]> idiomHalves,
        Dictionary<string, string> syllablePool)
    {
        _rareSurnames = rareSurnames;
        _idiomHalves = idiomHalves.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _chars = chars;
        _surnames = surnames;
        _syllablePoolBySpan = syllablePool.GetAlternateLookup<ReadOnlySpan<char>>();
        _toneless = new HashSet<string>(StringComparer.Ordinal);
        foreach (string s in syllablePool.Keys) _toneless.Add(Pinyin.Toneless(s));
    }

    public int WordCount => _words.Count;

    public int CharCount => _chars.Count;

    public bool TryGetWord(ReadOnlySpan<char> word, out LexiconWord entry) => _wordsBySpan.TryGetValue(word, out entry!);

    /// <summary>A character's readings, most frequent first (kHanyuPinlu counts, then kMandarin, kXHC1983, kTGHZ2013).</summary>
    public string[]? CharReadings(int codePoint) => _chars.GetValueOrDefault(codePoint);

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

    /// <summary>Loads the embedded data files of this assembly.</summary>
    public static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        return Load(name => OpenResource(assembly, name));
    }

    private static Stream OpenResource(Assembly assembly, string name)
    {
        string resource = "QingdaoReader.Chinese.Data." + name;
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded Chinese data '{resource}' is missing from {assembly.GetName().Name}; " +
                "regenerate it with src/QingdaoReader.DataGen (see README) and rebuild.");
    }

    internal static Lexicon Load(Func<string, Stream> open)
    {
        var pool = new Dictionary<string, string>(4096, StringComparer.Ordinal);
        var poolBySpan = pool.GetAlternateLookup<ReadOnlySpan<char>>();

        var chars = new Dictionary<int, string[]>(48_000);
        foreach (string line in ReadLines(open("chars.tsv.gz")))
        {
            int tab = line.IndexOf('\t');
            int cp = char.ConvertToUtf32(line, 0);
            chars[cp] = SplitSyllables(line.AsSpan(tab + 1), poolBySpan, pool);
        }

        var surnames = new Dictionary<string, string[]>(1024, StringComparer.Ordinal);
        var rareSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in ReadLines(open("surnames.tsv.gz")))
        {
            int tab = line.IndexOf('\t');
            int tab2 = line.IndexOf('\t', tab + 1);
            if (tab2 < 0 || !int.TryParse(line.AsSpan(tab2 + 1), out int names))
                throw new InvalidDataException($"surnames.tsv.gz: expected \"surname<TAB>reading<TAB>names\", got \"{line}\"; regenerate the data.");
            string surname = line[..tab];
            surnames[surname] = SplitSyllables(line.AsSpan(tab + 1, tab2 - tab - 1), poolBySpan, pool);
            if (names < CommonSurnameNames) rareSurnames.Add(surname);
        }

        var idiomHalves = new Dictionary<string, string[]>(1024, StringComparer.Ordinal);
        foreach (string line in ReadLines(open("idiomhalves.tsv.gz")))
        {
            int tab = line.IndexOf('\t');
            idiomHalves[line[..tab]] = SplitSyllables(line.AsSpan(tab + 1), poolBySpan, pool);
        }

        var words = new Dictionary<string, LexiconWord>(125_000, StringComparer.Ordinal);
        foreach (string line in ReadLines(open("words.tsv.gz")))
        {
            words.Add(line[..line.IndexOf('\t')], ParseWord(line, poolBySpan, pool));
        }
        return new Lexicon(words, chars, surnames, rareSurnames, idiomHalves, pool);
    }

    private static LexiconWord ParseWord(string line, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolBySpan,
        Dictionary<string, string> pool)
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
            var parsed = ParseReading(word, reading, isProper, poolBySpan, pool);
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

    private static LexiconReading ParseReading(ReadOnlySpan<char> word, ReadOnlySpan<char> reading, bool isProper,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolBySpan, Dictionary<string, string> pool)
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
                syllables[i++] = Pool(lower[..n], poolBySpan, pool);
            }
            else
            {
                syllables[i++] = Pool(token, poolBySpan, pool);
            }
        }
        return new LexiconReading(syllables, parts);
    }

    private static string[] SplitSyllables(ReadOnlySpan<char> text,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolBySpan, Dictionary<string, string> pool)
    {
        var result = new string[text.Count(' ') + 1];
        int i = 0;
        foreach (var range in text.Split(' ')) result[i++] = Pool(text[range], poolBySpan, pool);
        return result;
    }

    private static string Pool(ReadOnlySpan<char> s, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolBySpan,
        Dictionary<string, string> pool)
    {
        if (poolBySpan.TryGetValue(s, out string? existing)) return existing;
        string created = s.ToString();
        pool[created] = created;
        return created;
    }

    private static IEnumerable<string> ReadLines(Stream compressed)
    {
        using var gz = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8, false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }
}
