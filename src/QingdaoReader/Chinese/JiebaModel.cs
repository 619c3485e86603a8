using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace QingdaoReader.Chinese;

/// <summary>
/// jieba's part-of-speech segmentation (the algorithm of jieba.NET 0.42.2's <c>PosSegmenter.Cut</c>, HMM on), over
/// jieba.NET's own data files, rewritten for speed. jieba.NET spends 1–1.7 s loading its files (it reads dict.txt
/// twice, builds every prefix as a new string, deserialises its models with Newtonsoft and compiles 13 regexes) and
/// ~8 µs per character cutting (its HMM for unknown words keys every state by string and runs LINQ per character).
/// This class loads the same files once with spans and System.Text.Json and runs the HMM over integer states.
/// </summary>
/// <remarks>
/// The output is the same as jieba.NET's, pair for pair, tag for tag: the dictionary walk, the route, the HMM's state
/// order and tie-breaking (culture-invariant name comparison) and the user-word frequency suggestion follow
/// jieba.NET's code; <c>JiebaEquivalenceTests</c> compares the two on the seed and the accuracy texts. The model is
/// immutable once loaded and thread-safe: a site's own words (glossary terms) are a <see cref="JiebaUserWords"/>
/// overlay passed to <see cref="Cut"/>, made by <see cref="WithUserWords"/> as jieba.NET's <c>AddWord</c> would add
/// them, without changing the shared dictionary.
/// </remarks>
internal sealed partial class JiebaModel
{
    private const double MinProb = -3.14e100;

    private readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _trieBySpan;
    private readonly double _total;

    // The POS HMM: states are indices into _stateNames, numbered in the order of pos_prob_trans.json's keys.
    private readonly string[] _stateNames;
    private readonly char[] _statePosition;
    private readonly string[] _stateFlag;
    private readonly int[] _cultureRank;
    private readonly double[] _start;
    private readonly double[] _trans;
    private readonly int[][] _transNext;
    // Emission log-probabilities by character, one slot per state (MinProb where the state never emits it): one
    // lookup per character instead of one per character and state.
    private readonly Dictionary<char, double[]> _emit;
    private readonly Dictionary<char, int[]> _stateTab;
    private readonly int[] _allStates;

    /// <summary>A dictionary word (Freq &gt; 0) or only a prefix of one (Freq 0); Tag is null for a bare prefix.</summary>
    internal record struct WordEntry(int Freq, string? Tag);

    private JiebaModel(Dictionary<string, WordEntry> trie, double total, PosModel pos)
    {
        _trieBySpan = trie.GetAlternateLookup<ReadOnlySpan<char>>();
        _total = total;
        (_stateNames, _start, _trans, _transNext, _emit, _stateTab, _allStates) =
            (pos.Names, pos.Start, pos.Trans, pos.TransNext, pos.Emit, pos.StateTab, pos.AllStates);
        _statePosition = _stateNames.Select(n => n[0]).ToArray();
        _stateFlag = _stateNames.Select(n => n.Split('-')[1]).ToArray();
        var sorted = Enumerable.Range(0, _stateNames.Length).ToArray();
        Array.Sort(sorted, (a, b) => string.Compare(_stateNames[a], _stateNames[b], StringComparison.InvariantCulture));
        _cultureRank = new int[_stateNames.Length];
        for (int i = 0; i < sorted.Length; i++) _cultureRank[sorted[i]] = i;
    }

    /// <summary>Loads dict.txt and the four POS model files from <paramref name="directory"/>, the two halves in parallel.</summary>
    public static JiebaModel Load(string directory)
    {
        var pos = Task.Run(() => PosModel.Load(directory));
        var (trie, total) = LoadDictionary(Path.Combine(directory, "dict.txt"));
        return new JiebaModel(trie, total, pos.GetAwaiter().GetResult());
    }

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
    private bool Find(ReadOnlySpan<char> word, JiebaUserWords? user, out WordEntry entry) =>
        user is not null && user.BySpan.TryGetValue(word, out entry) || _trieBySpan.TryGetValue(word, out entry);

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
            for (int end = i; end < n; end++)
            {
                if (!Find(sentence[i..(end + 1)], user, out var entry)) break;
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
        int n = sentence.Length, s = _stateNames.Length;
        var k = t_scratch ??= new ViterbiScratch(s);
        k.Ensure(n, s);
        var prob = k.Prob; var back = k.Back; var order = k.Order; var count = k.OrderCount;

        var first = _stateTab.GetValueOrDefault(sentence[0], _allStates);
        var firstEmit = _emit.GetValueOrDefault(sentence[0]);
        int c0 = 0;
        k.Stamp++;
        foreach (int y in first)
        {
            if (k.Mark[y] == k.Stamp) continue;
            k.Mark[y] = k.Stamp;
            prob[y] = _start[y] + (firstEmit is null ? MinProb : firstEmit[y]);
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
                if (_transNext[y0].Length > 0) k.Prev[prevCount++] = y0;
            }
            k.Stamp++;
            int expectedCount = 0;
            for (int j = 0; j < prevCount; j++)
                foreach (int successor in _transNext[k.Prev[j]])
                    if (k.Mark[successor] != k.Stamp) { k.Mark[successor] = k.Stamp; k.Expected[expectedCount++] = successor; }
            var tab = _stateTab.GetValueOrDefault(sentence[i], _allStates);
            foreach (int y in tab) k.TabMark[y] = k.Stamp;
            int obsCount = 0;
            for (int j = 0; j < expectedCount; j++)
                if (k.TabMark[k.Expected[j]] == k.Stamp) order[baseIndex + obsCount++] = k.Expected[j];
            if (obsCount == 0)
            {
                if (expectedCount > 0) { Array.Copy(k.Expected, 0, order, baseIndex, expectedCount); obsCount = expectedCount; }
                else { Array.Copy(_allStates, 0, order, baseIndex, _allStates.Length); obsCount = _allStates.Length; }
            }
            count[i] = obsCount;
            var emits = _emit.GetValueOrDefault(sentence[i]);
            for (int j = 0; j < obsCount; j++)
            {
                int y = order[baseIndex + j];
                double emit = emits is null ? MinProb : emits[y];
                double best = double.MinValue;
                int bestPrev = -1;
                for (int p = 0; p < prevCount; p++)
                {
                    int y0 = k.Prev[p];
                    double value = prob[prevBase + y0] + _trans[y0 * s + y] + emit;
                    if (best < value || (best == value && Rank(bestPrev) < _cultureRank[y0])) { best = value; bestPrev = y0; }
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
            if (bestLast < prob[lastBase + y] || (bestLast == prob[lastBase + y] && Rank(state) < _cultureRank[y])) { bestLast = prob[lastBase + y]; state = y; }
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
            switch (_statePosition[path[i]])
            {
                case 'B': begin = i; break;
                case 'E': pairs.Add((sentence.Substring(begin, i + 1 - begin), _stateFlag[path[i]])); next = i + 1; break;
                case 'S': pairs.Add((sentence.Substring(i, 1), _stateFlag[path[i]])); next = i + 1; break;
            }
        }
        if (next < n) pairs.Add((sentence[next..], _stateFlag[path[next]]));
    }

    private int Rank(int state) => state < 0 ? -1 : _cultureRank[state];

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

    /// <summary>dict.txt: "word freq tag" per line. Every prefix of a word is kept too (frequency 0), for the word graph.</summary>
    private static (Dictionary<string, WordEntry>, double) LoadDictionary(string path)
    {
        string text = Encoding.UTF8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        var trie = new Dictionary<string, WordEntry>(600_000);
        var bySpan = trie.GetAlternateLookup<ReadOnlySpan<char>>();
        var tags = new Dictionary<string, string>();
        var tagsBySpan = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0;
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(lineRange.Start.Value, lineRange.End.Value - lineRange.Start.Value).TrimEnd('\r');
            int s1 = line.IndexOf(' ');
            if (s1 < 0) continue;
            var word = line[..s1];
            var rest = line[(s1 + 1)..];
            int s2 = rest.IndexOf(' ');
            int freq = int.Parse(s2 < 0 ? rest : rest[..s2], CultureInfo.InvariantCulture);
            string? tag = null;
            if (s2 >= 0)
            {
                var tagSpan = rest[(s2 + 1)..];
                int s3 = tagSpan.IndexOf(' ');
                if (s3 >= 0) tagSpan = tagSpan[..s3];
                if (!tagsBySpan.TryGetValue(tagSpan, out tag)) { tag = tagSpan.ToString(); tags[tag] = tag; }
            }
            bySpan[word] = new WordEntry(freq, tag);
            total += freq;
            for (int n = 1; n < word.Length; n++)
                bySpan.TryAdd(word[..n], new WordEntry(0, null));
        }
        return (trie, total);
    }

    /// <summary>The POS HMM's tables, read from jieba's JSON files.</summary>
    private sealed record PosModel(string[] Names, double[] Start, double[] Trans, int[][] TransNext,
        Dictionary<char, double[]> Emit, Dictionary<char, int[]> StateTab, int[] AllStates)
    {
        public static PosModel Load(string directory)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new List<string>();
            int Id(string name)
            {
                if (!index.TryGetValue(name, out int id)) { id = names.Count; index[name] = id; names.Add(name); }
                return id;
            }
            using var transDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_trans.json")));
            var transRows = new List<(int From, List<(int To, double P)> Row)>();
            foreach (var from in transDoc.RootElement.EnumerateObject()) transRows.Add((Id(from.Name), []));
            int r = 0;
            foreach (var from in transDoc.RootElement.EnumerateObject())
            {
                foreach (var to in from.Value.EnumerateObject()) transRows[r].Row.Add((Id(to.Name), to.Value.GetDouble()));
                r++;
            }
            var allStates = Enumerable.Range(0, transRows.Count).ToArray();

            using var startDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_start.json")));
            var startValues = startDoc.RootElement.EnumerateObject().Select(p => (Id(p.Name), p.Value.GetDouble())).ToList();
            using var emitDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_emit.json")));
            var emitRows = new List<(int, Dictionary<char, double>)>();
            foreach (var state in emitDoc.RootElement.EnumerateObject())
            {
                var row = new Dictionary<char, double>();
                foreach (var e in state.Value.EnumerateObject()) row[e.Name[0]] = e.Value.GetDouble();
                emitRows.Add((Id(state.Name), row));
            }
            using var tabDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "char_state_tab.json")));
            var tabRows = new List<(char, List<int>)>();
            foreach (var ch in tabDoc.RootElement.EnumerateObject())
                tabRows.Add((ch.Name[0], ch.Value.EnumerateArray().Select(v => Id(v.GetString()!)).ToList()));

            int n = names.Count;
            var start = Enumerable.Repeat(MinProb, n).ToArray();
            foreach (var (id, p) in startValues) start[id] = p;
            var trans = Enumerable.Repeat(double.MinValue, n * n).ToArray();
            var transNext = Enumerable.Repeat(Array.Empty<int>(), n).ToArray();
            foreach (var (from, row) in transRows)
            {
                foreach (var (to, p) in row) trans[from * n + to] = p;
                transNext[from] = row.Select(t => t.To).ToArray();
            }
            var emit = new Dictionary<char, double[]>();
            foreach (var (id, row) in emitRows)
                foreach (var (c, p) in row)
                {
                    if (!emit.TryGetValue(c, out var byState)) emit[c] = byState = Enumerable.Repeat(MinProb, n).ToArray();
                    byState[id] = p;
                }
            var stateTab = tabRows.ToDictionary(t => t.Item1, t => t.Item2.ToArray());
            return new PosModel(names.ToArray(), start, trans, transNext, emit, stateTab, allStates);
        }
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
