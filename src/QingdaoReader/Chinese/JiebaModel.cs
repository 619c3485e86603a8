using System.Text;
using System.Text.RegularExpressions;
using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.Chinese;

/// <summary>
/// jieba's part-of-speech segmentation (the algorithm of jieba.NET 0.42.2's <c>PosSegmenter.Cut</c>, HMM on), over
/// jieba's own dictionary and HMM, rewritten for speed. jieba.NET spends 1–1.7 s loading its files (it reads dict.txt
/// twice, builds every prefix as a new string, deserialises its models with Newtonsoft and compiles 13 regexes) and
/// ~8 µs per character cutting (its HMM for unknown words keys every state by string and runs LINQ per character).
/// Here the same data comes from the language data file (<see cref="LanguageDataFile"/>), read in place: the
/// dictionary as a character trie (<see cref="JiebaDictionary"/>) that the word graph walks one character at a time,
/// and the HMM over integer states (<see cref="JiebaHmm"/>).
/// </summary>
/// <remarks>
/// The output is the same as jieba.NET's, pair for pair, tag for tag: the dictionary walk, the route, the HMM's state
/// order and tie-breaking (culture-invariant name comparison) and the user-word frequency suggestion follow
/// jieba.NET's code; <c>JiebaEquivalenceTests</c> compares the two on the seed and the accuracy texts. The model is
/// immutable and thread-safe: a site's own words (glossary terms) are a <see cref="JiebaUserWords"/>
/// overlay passed to <see cref="Cut"/>, made by <see cref="WithUserWords"/> as jieba.NET's <c>AddWord</c> would add
/// them, without changing the shared dictionary.
/// </remarks>
internal sealed partial class JiebaModel
{
    private const double MinProb = -3.14e100;

    private readonly JiebaDictionary _dictionary;
    private readonly JiebaHmm _hmm;
    private readonly double _total;

    /// <summary>A dictionary word (Freq &gt; 0) or only a prefix of one (Freq 0); Tag is null for a bare prefix.</summary>
    internal record struct WordEntry(int Freq, string? Tag);

    private JiebaModel(JiebaDictionary dictionary, JiebaHmm hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
        _total = dictionary.Total;
    }

    /// <summary>jieba's dictionary and HMM from the language data (read in place, nothing parsed).</summary>
    public static JiebaModel Load(LanguageDataFile data) => new(new JiebaDictionary(data), new JiebaHmm(data));

    /// <summary>
    /// Cuts text into (word, tag) pairs exactly as jieba.NET's <c>PosSegmenter.Cut(text)</c> does after
    /// <c>AddWord(w, 0, tag)</c> of each of <paramref name="user"/>'s words.
    /// </summary>
    public List<(string Word, string Tag)> Cut(string text, JiebaUserWords? user = null)
    {
        var pairs = new List<(string, string)>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (IsBlockChar(text[i]))
            {
                while (i < text.Length && IsBlockChar(text[i])) i++;
                CutBlock(text.Substring(start, i - start), pairs, user);
                continue;
            }
            // Outside a block every character stands alone as "x", except that "\r\n" stays together (jieba splits on (\r\n|\s)).
            while (i < text.Length && !IsBlockChar(text[i]))
            {
                int length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                pairs.Add((text.Substring(i, length), "x"));
                i += length;
            }
        }
        return pairs;
    }

    /// <summary>
    /// The overlay of a site's words: first jieba's <c>DeleteWord</c> of each of <paramref name="removed"/>, then for
    /// each word in turn, jieba's <c>AddWord(word, 0, tag)</c> (a frequency just high enough for the word to be cut
    /// whole, suggested from the dictionary and the words added before it), kept apart from the shared dictionary. A
    /// word given twice counts once.
    /// </summary>
    public JiebaUserWords WithUserWords(IEnumerable<(string Word, string Tag)> words, IEnumerable<string>? removed = null)
    {
        var user = new JiebaUserWords(_total);
        // jieba's del_word (add_word with frequency 0): the entry stays a prefix, no longer a word.
        foreach (var word in removed ?? [])
        {
            if (!Find(word, user, out var old) || old.Freq <= 0) continue;
            user.Total -= old.Freq;
            user.Entries[word] = new WordEntry(0, null);
        }
        var seen = new HashSet<(string, string)>();
        foreach (var (word, tag) in words)
        {
            if (string.IsNullOrWhiteSpace(word) || !seen.Add((word, tag))) continue;
            double p = 1.0;
            foreach (var segment in CutWithoutHmm(word, user)) p *= FreqOrDefault(segment, user) / user.Total;
            int freq = Math.Max((int)(p * user.Total) + 1, FreqOrDefault(word, user));
            Find(word, user, out var old);
            if (old.Freq > 0) user.Total -= old.Freq;
            user.Entries[word] = new WordEntry(freq, string.IsNullOrEmpty(tag) ? old.Tag : tag);
            user.Total += freq;
            for (int n = 1; n < word.Length; n++)
                if (!Find(word.AsSpan(0, n), user, out _)) user.Entries[word[..n]] = new WordEntry(0, null);
        }
        return user;
    }

    /// <summary>A word or prefix in the site's words first, then in the shared dictionary.</summary>
    private bool Find(ReadOnlySpan<char> word, JiebaUserWords? user, out WordEntry entry)
    {
        if (user is not null && user.BySpan.TryGetValue(word, out entry)) return true;
        int node = _dictionary.Find(word);
        entry = node >= 0 ? _dictionary.Entry(node) : default;
        return node >= 0;
    }

    // jieba's re_han for cutting: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]
    private static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private int FreqOrDefault(ReadOnlySpan<char> word, JiebaUserWords? user) => Find(word, user, out var e) && e.Freq > 0 ? e.Freq : 1;

    private string TagOrX(ReadOnlySpan<char> word, JiebaUserWords? user) => Find(word, user, out var e) && e.Tag is not null ? e.Tag : "x";

    /// <summary>The best route through the word graph: for each start, the end (inclusive) of the word taken there.</summary>
    private int[] Route(ReadOnlySpan<char> sentence, JiebaUserWords? user)
    {
        int n = sentence.Length;
        var route = new int[n];
        var score = new double[n + 1];
        double logTotal = Math.Log(user?.Total ?? _total);
        // Walks the graph right to left; each start's candidate ends are its dictionary words, ascending (or itself).
        for (int i = n - 1; i >= 0; i--)
        {
            double best = double.MinValue;
            int bestEnd = -1;
            bool any = false;
            int node = JiebaDictionary.Root;
            for (int end = i; end < n; end++)
            {
                // The dictionary is walked one character further each step; the site's words are looked up whole.
                node = _dictionary.Step(node, sentence[end]);
                WordEntry entry;
                if (user is not null && user.BySpan.TryGetValue(sentence[i..(end + 1)], out entry)) { }
                else if (node >= 0) entry = _dictionary.Entry(node);
                else break;
                if (entry.Freq <= 0) continue;
                any = true;
                double value = Math.Log(entry.Freq) - logTotal + score[end + 1];
                if (best < value) { best = value; bestEnd = end; }
            }
            if (!any)
            {
                // No word starts here: the character alone, with frequency 1 (jieba's default).
                double value = Math.Log(1) - logTotal + score[i + 1];
                if (best < value) { best = value; bestEnd = i; }
            }
            route[i] = bestEnd;
            score[i] = best;
        }
        return route;
    }

    // jieba.NET PosSegmenter.CutDag: dictionary words with their tags; runs of single characters go to the HMM when they are not a word.
    private void CutBlock(string sentence, List<(string, string)> pairs, JiebaUserWords? user)
    {
        var route = Route(sentence, user);
        int x = 0, bufferStart = -1;
        while (x < sentence.Length)
        {
            int y = route[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0) bufferStart = x;
            }
            else
            {
                if (bufferStart >= 0) { AddBuffer(sentence, bufferStart, x, pairs, user); bufferStart = -1; }
                pairs.Add((sentence.Substring(x, y - x), TagOrX(sentence.AsSpan(x, y - x), user)));
            }
            x = y;
        }
        if (bufferStart >= 0) AddBuffer(sentence, bufferStart, sentence.Length, pairs, user);
    }

    private void AddBuffer(string sentence, int from, int to, List<(string, string)> pairs, JiebaUserWords? user)
    {
        var buffer = sentence.AsSpan(from, to - from);
        if (buffer.Length == 1)
        {
            pairs.Add((buffer.ToString(), TagOrX(buffer, user)));
        }
        else if (!(Find(buffer, user, out var e) && e.Freq > 0))
        {
            CutDetail(buffer.ToString(), pairs);
        }
        else
        {
            foreach (char c in buffer) pairs.Add((c.ToString(), "x"));
        }
    }

    [GeneratedRegex("([\\.0-9]+|[a-zA-Z0-9]+)")]
    private static partial Regex SkipDetail();

    [GeneratedRegex("[\\.0-9]+")]
    private static partial Regex Numbers();

    [GeneratedRegex("[a-zA-Z0-9]+")]
    private static partial Regex EnglishWords();

    // jieba.NET PosSegmenter.CutDetail: Han runs through the HMM; numbers "m", Latin "eng", the rest "x".
    private void CutDetail(string text, List<(string, string)> pairs)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool han = text[i] is >= '\u4E00' and <= '\u9FD5';
            while (i < text.Length && (text[i] is >= '\u4E00' and <= '\u9FD5') == han) i++;
            string run = text.Substring(start, i - start);
            if (han)
            {
                Viterbi(run, pairs);
                continue;
            }
            foreach (string piece in SkipDetail().Split(run))
            {
                if (string.IsNullOrWhiteSpace(piece)) continue;
                pairs.Add((piece, Numbers().IsMatch(piece) ? "m" : EnglishWords().IsMatch(piece) ? "eng" : "x"));
            }
        }
    }

    [ThreadStatic] private static ViterbiScratch? t_scratch;

    private sealed class ViterbiScratch(int states)
    {
        public double[] Prob = new double[states * 16];
        public int[] Back = new int[states * 16];
        public int[] Order = new int[states * 16];
        public int[] OrderCount = new int[16];
        public readonly int[] Mark = new int[states];
        public readonly int[] TabMark = new int[states];
        public readonly int[] Prev = new int[states];
        public readonly int[] Expected = new int[states];
        public int Stamp;

        public void Ensure(int length, int states)
        {
            if (OrderCount.Length >= length) return;
            int size = Math.Max(length, OrderCount.Length * 2);
            Prob = new double[states * size];
            Back = new int[states * size];
            Order = new int[states * size];
            OrderCount = new int[size];
        }
    }

    // jieba.NET PosSeg.Viterbi.ViterbiCut, over integer states. The order in which states are visited matters for
    // ties, so it is kept: a step's states are the previous states' successors in first-seen order, kept if the
    // character can take them; ties go to the state whose name sorts last (culture-invariant), as in jieba.NET.
    private void Viterbi(string sentence, List<(string, string)> pairs)
    {
        int n = sentence.Length, s = _hmm.StateCount;
        var k = t_scratch ??= new ViterbiScratch(s);
        k.Ensure(n, s);
        var prob = k.Prob; var back = k.Back; var order = k.Order; var count = k.OrderCount;

        var first = _hmm.StatesOf(sentence[0]);
        var emits = _hmm.Emissions(sentence[0]);
        int c0 = 0;
        k.Stamp++;
        foreach (int y in first)
        {
            if (k.Mark[y] == k.Stamp) continue;
            k.Mark[y] = k.Stamp;
            prob[y] = _hmm.Start(y) + emits.Of(y, MinProb);
            back[y] = -1;
            order[c0++] = y;
        }
        count[0] = c0;

        for (int i = 1; i < n; i++)
        {
            int prevBase = (i - 1) * s, baseIndex = i * s;
            int prevCount = 0;
            for (int j = 0; j < count[i - 1]; j++)
            {
                int y0 = order[prevBase + j];
                if (_hmm.Next[y0].Length > 0) k.Prev[prevCount++] = y0;
            }
            k.Stamp++;
            int expectedCount = 0;
            for (int j = 0; j < prevCount; j++)
                foreach (int successor in _hmm.Next[k.Prev[j]])
                    if (k.Mark[successor] != k.Stamp) { k.Mark[successor] = k.Stamp; k.Expected[expectedCount++] = successor; }
            var tab = _hmm.StatesOf(sentence[i]);
            foreach (int y in tab) k.TabMark[y] = k.Stamp;
            int obsCount = 0;
            for (int j = 0; j < expectedCount; j++)
                if (k.TabMark[k.Expected[j]] == k.Stamp) order[baseIndex + obsCount++] = k.Expected[j];
            if (obsCount == 0)
            {
                if (expectedCount > 0) { Array.Copy(k.Expected, 0, order, baseIndex, expectedCount); obsCount = expectedCount; }
                else { for (int y = 0; y < s; y++) order[baseIndex + y] = y; obsCount = s; }
            }
            count[i] = obsCount;
            emits = _hmm.Emissions(sentence[i]);
            for (int j = 0; j < obsCount; j++)
            {
                int y = order[baseIndex + j];
                double emit = emits.Of(y, MinProb);
                double best = double.MinValue;
                int bestPrev = -1;
                for (int p = 0; p < prevCount; p++)
                {
                    int y0 = k.Prev[p];
                    double value = prob[prevBase + y0] + _hmm.Transition(y0, y) + emit;
                    if (best < value || (best == value && Rank(bestPrev) < _hmm.CultureRank(y0))) { best = value; bestPrev = y0; }
                }
                prob[baseIndex + y] = best;
                back[baseIndex + y] = bestPrev;
            }
        }

        int lastBase = (n - 1) * s;
        double bestLast = double.MinValue;
        int state = -1;
        for (int j = 0; j < count[n - 1]; j++)
        {
            int y = order[lastBase + j];
            if (bestLast < prob[lastBase + y] || (bestLast == prob[lastBase + y] && Rank(state) < _hmm.CultureRank(y))) { bestLast = prob[lastBase + y]; state = y; }
        }
        var path = new int[n];
        for (int i = n - 1; i >= 0; i--)
        {
            path[i] = state;
            state = state < 0 ? -1 : back[i * s + state];
        }

        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            switch (_hmm.Position[path[i]])
            {
                case 'B': begin = i; break;
                case 'E': pairs.Add((sentence.Substring(begin, i + 1 - begin), _hmm.Flag[path[i]])); next = i + 1; break;
                case 'S': pairs.Add((sentence.Substring(i, 1), _hmm.Flag[path[i]])); next = i + 1; break;
            }
        }
        if (next < n) pairs.Add((sentence[next..], _hmm.Flag[path[next]]));
    }

    private int Rank(int state) => state < 0 ? -1 : _hmm.CultureRank(state);

    // jieba.NET JiebaSegmenter.Cut(word, cutAll: false, hmm: false), used only to suggest a user word's frequency.
    private List<string> CutWithoutHmm(string text, JiebaUserWords? user)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (IsBlockChar(text[i]))
            {
                while (i < text.Length && IsBlockChar(text[i])) i++;
                var sentence = text.AsSpan(start, i - start);
                var route = Route(sentence, user);
                var latin = new StringBuilder();
                for (int x = 0; x < sentence.Length;)
                {
                    int y = route[x] + 1;
                    var word = sentence[x..y];
                    if (y - x == 1 && char.IsAsciiLetterOrDigit(word[0])) { latin.Append(word); x = y; continue; }
                    if (latin.Length > 0) { words.Add(latin.ToString()); latin.Clear(); }
                    words.Add(word.ToString());
                    x = y;
                }
                if (latin.Length > 0) words.Add(latin.ToString());
                continue;
            }
            while (i < text.Length && !IsBlockChar(text[i]))
            {
                int length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                words.Add(text.Substring(i, length));
                i += length;
            }
        }
        return words;
    }
}

/// <summary>
/// A site's own words for jieba (its glossary terms), as an overlay on the shared dictionary: the words and their
/// prefixes with the frequencies jieba's <c>AddWord</c> would give them, and the dictionary's total after adding them.
/// Made by <see cref="JiebaModel.WithUserWords"/>; read-only afterwards.
/// </summary>
internal sealed class JiebaUserWords
{
    internal JiebaUserWords(double total)
    {
        Total = total;
        BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal Dictionary<string, JiebaModel.WordEntry> Entries { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, JiebaModel.WordEntry>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

    internal double Total { get; set; }
}
