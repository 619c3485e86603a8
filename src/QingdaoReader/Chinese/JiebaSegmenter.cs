using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.Chinese;

/// <summary>
/// Word segmentation with part-of-speech tags (jieba's POS segmenter, as jieba.NET cuts, over jieba.NET's data files:
/// see <see cref="JiebaModel"/>), so that person names (nr), place names (ns) and particles (uj, ul, uz …) reach the
/// pinyin rules. The tokens cover the input exactly: their texts concatenate to the text that was cut.
/// </summary>
/// <remarks>
/// One dictionary per process, read in place from the embedded language data, shared by every instance and opened
/// on first use (<see cref="Preload"/> starts that early, on a background thread). It is never changed: a site's own
/// words are an overlay (<see cref="WithUserWords"/>) that only the segmenter made with them sees, so two sites, or
/// two builds of one site under <c>qreader serve</c>, never see each other's words.
/// <see cref="Cut"/> is safe from several threads.
/// </remarks>
public sealed class JiebaSegmenter
{
    // The dictionary and HMM, read in place from the embedded language data on first use: immutable, so one
    // instance serves every segmenter in the process.
    private static readonly Lazy<JiebaModel> SharedModel =
        new(() => JiebaModel.Load(LanguageDataFile.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<JiebaModel> _model;
    private readonly Lazy<JiebaUserWords> _userWords;

    private JiebaSegmenter(Lazy<JiebaModel> model, IEnumerable<(string Word, string Tag)> userWords)
    {
        _model = model;
        var words = userWords.ToList();
        _userWords = new Lazy<JiebaUserWords>(
            () => model.Value.WithUserWords(Corrections.Value.Added.Concat(words), Corrections.Value.Removed),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Corrections to jieba's dictionary for news text (<c>Data/segmenter-words.txt</c>): words it lacks, whose
    /// characters its HMM would join to a neighbour (开新局 is 开 新局, not 开新 局), and entries that take a
    /// character from the next word (集群化发展 is not 集群 化发展). Every segmenter applies them under its own words.</summary>
    internal static readonly Lazy<(List<(string Word, string Tag)> Added, List<string> Removed)> Corrections = new(() =>
    {
        using var stream = typeof(JiebaSegmenter).Assembly.GetManifestResourceStream("QingdaoReader.Chinese.Data.segmenter-words.txt")
            ?? throw new InvalidOperationException("The embedded segmenter-words.txt is missing from the build.");
        using var reader = new StreamReader(stream);
        var added = new List<(string, string)>();
        var removed = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '-') { removed.Add(line[1..].Trim()); continue; }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            added.Add((parts[0], parts.Length > 1 ? parts[1] : "n"));
        }
        return (added, removed);
    });

    /// <summary>Creates a segmenter over jieba's dictionary and HMM in the embedded language data.</summary>
    /// <exception cref="LanguageDataException">The language data is missing, damaged or of another version.</exception>
    public JiebaSegmenter()
    {
        var model = _model = SharedModel;
        _userWords = new Lazy<JiebaUserWords>(() => model.Value.WithUserWords(Corrections.Value.Added, Corrections.Value.Removed),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Starts reading the dictionary on a background thread, so that it overlaps other start-up work.</summary>
    public void Preload() => ThreadPool.UnsafeQueueUserWorkItem(_ => { try { _ = _model.Value; } catch (Exception) { /* rethrown on use */ } }, null);

    /// <summary>
    /// A segmenter that also cuts <paramref name="words"/> (e.g. a site's glossary terms) as one word each, as jieba
    /// does after <c>AddWord</c>; this segmenter and the shared dictionary are unchanged. Words from an earlier call
    /// are not carried over: the result has exactly these.
    /// </summary>
    public JiebaSegmenter WithUserWords(IEnumerable<string> words, string tag = "n") =>
        new(_model, words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => (w.Trim(), tag)));

    /// <summary>Cuts text into tagged tokens whose texts concatenate to <paramref name="text"/> exactly.</summary>
    public IReadOnlyList<Token> Cut(string text) =>
        text.Length == 0 ? [] : Align(text, _model.Value.Cut(text, _userWords.Value));

    /// <summary>
    /// Maps jieba's pairs back onto the input: jieba may drop or alter characters it does not know and splits
    /// surrogate pairs, so each token is located in the text, gaps become "x" tokens, and split runes are rejoined.
    /// </summary>
    private static List<Token> Align(string text, List<(string Word, string Tag)> pairs)
    {
        var tokens = new List<Token>(pairs.Count);
        int at = 0;
        foreach (var pair in pairs)
        {
            string word = pair.Word;
            if (word.Length == 0) continue;
            int found = string.CompareOrdinal(text, at, word, 0, word.Length) == 0 ? at : text.IndexOf(word, at, StringComparison.Ordinal);
            if (found < 0) continue;
            if (found > at) tokens.Add(new Token(text[at..found], "x"));
            tokens.Add(new Token(word, pair.Tag ?? "x"));
            at = found + word.Length;
        }
        if (at < text.Length) tokens.Add(new Token(text[at..], "x"));

        // Rejoin a surrogate pair that jieba cut in two (CJK Extension B and later are outside its character class).
        for (int i = tokens.Count - 2; i >= 0; i--)
        {
            if (char.IsHighSurrogate(tokens[i].Text[^1]))
            {
                tokens[i] = new Token(tokens[i].Text + tokens[i + 1].Text, tokens[i].Tag);
                tokens.RemoveAt(i + 1);
            }
        }
        return tokens;
    }
}
