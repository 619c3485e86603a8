using System.Globalization;
using System.Text;
using System.Text.Json;

namespace QingdaoReader.DataGen.LanguageData;

/// <summary>
/// jieba's text files (jieba.NET's Resources/: dict.txt and the part-of-speech HMM's JSON files) as the language
/// data's two jieba sections: the dictionary as a character trie, the HMM as tables over integer states.
/// </summary>
internal static class JiebaSections
{
    private const double MinProb = -3.14e100;

    /// <summary>
    /// dict.txt ("word freq tag" per line) as a trie whose nodes are numbered breadth first (a node's children are
    /// consecutive, sorted by character): every word and every prefix of a word is a node. A word given twice keeps
    /// its last line; the total counts every line (as jieba does).
    /// </summary>
    public static byte[] Dictionary(string dictPath)
    {
        string text = Encoding.UTF8.GetString(File.ReadAllBytes(dictPath)).TrimStart('\uFEFF');
        var entries = new Dictionary<string, (int Freq, string? Tag)>(600_000, StringComparer.Ordinal);
        double total = 0;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            var fields = line.Split(' ');
            if (fields.Length < 2) continue;
            string word = fields[0];
            int freq = int.Parse(fields[1], CultureInfo.InvariantCulture);
            entries[word] = (freq, fields.Length > 2 ? fields[2] : null);
            total += freq;
            for (int n = 1; n < word.Length; n++) entries.TryAdd(word[..n], (0, null));
        }

        var children = new Dictionary<string, List<char>>(StringComparer.Ordinal);
        foreach (string key in entries.Keys)
        {
            string parent = key[..^1];
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(key[^1]);
        }
        foreach (var list in children.Values) list.Sort();

        var nodes = new List<string>(entries.Count);
        var rootChild = new int[65536];
        System.Array.Fill(rootChild, -1);
        foreach (char c in children[""])
        {
            rootChild[c] = nodes.Count;
            nodes.Add(c.ToString());
        }
        var childStart = new int[entries.Count + 1];
        for (int i = 0; i < nodes.Count; i++)
        {
            childStart[i] = nodes.Count;
            if (children.TryGetValue(nodes[i], out var list))
                foreach (char c in list) nodes.Add(nodes[i] + c);
        }
        childStart[nodes.Count] = nodes.Count;
        if (nodes.Count != entries.Count) throw new InvalidOperationException("the trie lost a word");

        var tags = new List<string>();
        var tagIndex = new Dictionary<string, byte>(StringComparer.Ordinal);
        var label = new char[nodes.Count];
        var freqs = new int[nodes.Count];
        var tagOf = new byte[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            var (freq, tag) = entries[nodes[i]];
            label[i] = nodes[i][^1];
            freqs[i] = freq;
            if (tag is null) { tagOf[i] = byte.MaxValue; continue; }
            if (!tagIndex.TryGetValue(tag, out byte t))
            {
                if (tags.Count >= byte.MaxValue) throw new InvalidOperationException("dict.txt has more than 254 tags");
                tagIndex[tag] = t = (byte)tags.Count;
                tags.Add(tag);
            }
            tagOf[i] = t;
        }
        return new SectionWriter().Double(total).Array<int>(rootChild).Array<int>(childStart).Array<char>(label)
            .Array<int>(freqs).Array<byte>(tagOf).Strings(tags).ToArray();
    }

    /// <summary>
    /// The HMM: states numbered in the order of pos_prob_trans.json's keys (then any other name in the order met), the
    /// start and transition log-probabilities, each state's successors in the file's order, each character's emissions
    /// and allowed states, and each state's rank among the names sorted culture-invariantly (jieba.NET's tie-break).
    /// </summary>
    public static byte[] Hmm(string directory)
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
        using var startDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_start.json")));
        var startValues = startDoc.RootElement.EnumerateObject().Select(p => (Id(p.Name), p.Value.GetDouble())).ToList();
        using var emitDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_emit.json")));
        var emitByChar = new SortedDictionary<char, List<(int State, double P)>>();
        foreach (var state in emitDoc.RootElement.EnumerateObject())
        {
            int id = Id(state.Name);
            foreach (var e in state.Value.EnumerateObject())
            {
                if (!emitByChar.TryGetValue(e.Name[0], out var list)) emitByChar[e.Name[0]] = list = [];
                // A state names a character once; a later value for it replaces the earlier (as a dictionary would).
                list.RemoveAll(x => x.State == id);
                list.Add((id, e.Value.GetDouble()));
            }
        }
        using var tabDoc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "char_state_tab.json")));
        var tabByChar = new SortedDictionary<char, List<int>>();
        foreach (var ch in tabDoc.RootElement.EnumerateObject())
            tabByChar[ch.Name[0]] = ch.Value.EnumerateArray().Select(v => Id(v.GetString()!)).ToList();

        int n = names.Count;
        if (n > ushort.MaxValue) throw new InvalidOperationException("too many HMM states");
        var start = Enumerable.Repeat(MinProb, n).ToArray();
        foreach (var (id, p) in startValues) start[id] = p;
        var trans = Enumerable.Repeat(double.MinValue, n * n).ToArray();
        var nextStart = new int[n + 1];
        var next = new List<ushort>();
        var rowOf = transRows.ToDictionary(t => t.From, t => t.Row);
        for (int s = 0; s < n; s++)
        {
            nextStart[s] = next.Count;
            if (!rowOf.TryGetValue(s, out var row)) continue;
            foreach (var (to, p) in row) trans[s * n + to] = p;
            next.AddRange(row.Select(t => (ushort)t.To));
        }
        nextStart[n] = next.Count;

        var emitRow = Enumerable.Repeat(-1, 65536).ToArray();
        var emitStart = new List<int>();
        var emitState = new List<ushort>();
        var emitProb = new List<double>();
        foreach (var (c, list) in emitByChar)
        {
            emitRow[c] = emitStart.Count;
            emitStart.Add(emitState.Count);
            foreach (var (state, p) in list.OrderBy(x => x.State)) { emitState.Add((ushort)state); emitProb.Add(p); }
        }
        emitStart.Add(emitState.Count);

        var tabRow = Enumerable.Repeat(-1, 65536).ToArray();
        var tabStart = new List<int>();
        var tabState = new List<ushort>();
        foreach (var (c, list) in tabByChar)
        {
            tabRow[c] = tabStart.Count;
            tabStart.Add(tabState.Count);
            tabState.AddRange(list.Select(s => (ushort)s));
        }
        tabStart.Add(tabState.Count);

        var sorted = Enumerable.Range(0, n).ToArray();
        System.Array.Sort(sorted, (a, b) => string.Compare(names[a], names[b], StringComparison.InvariantCulture));
        var cultureRank = new int[n];
        for (int i = 0; i < n; i++) cultureRank[sorted[i]] = i;

        return new SectionWriter().Strings(names).Array<int>(cultureRank).Array<double>(start).Array<double>(trans)
            .Array<int>(nextStart).Array<ushort>(next.ToArray())
            .Array<int>(emitRow).Array<int>(emitStart.ToArray()).Array<ushort>(emitState.ToArray()).Array<double>(emitProb.ToArray())
            .Array<int>(tabRow).Array<int>(tabStart.ToArray()).Array<ushort>(tabState.ToArray()).ToArray();
    }
}
