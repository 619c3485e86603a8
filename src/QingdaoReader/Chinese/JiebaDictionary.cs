using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.Chinese;

/// <summary>
/// jieba's dictionary (dict.txt) as a character trie read in place from the language data: every word and every
/// prefix of a word is a node; a node has the word's frequency (0 for a bare prefix) and part-of-speech tag. Nodes are
/// numbered breadth first, so a node's children are consecutive, sorted by character.
/// </summary>
internal sealed class JiebaDictionary
{
    /// <summary>The cursor before the first character of a walk.</summary>
    public const int Root = -1;
    /// <summary>The cursor after a character that leads nowhere: no word starts with what was walked.</summary>
    public const int Dead = -2;

    private readonly MappedArray<int> _rootChild;
    private readonly MappedArray<int> _childStart;
    private readonly MappedArray<char> _label;
    private readonly MappedArray<int> _freq;
    private readonly MappedArray<byte> _tag;
    private readonly string[] _tags;

    public JiebaDictionary(LanguageDataFile data)
    {
        var section = data.Section(LanguageDataFormat.JiebaDictionary);
        Total = section.Double();
        _rootChild = section.Array<int>();
        _childStart = section.Array<int>();
        _label = section.Array<char>();
        _freq = section.Array<int>();
        _tag = section.Array<byte>();
        _tags = section.Strings();
        section.End();
        if (_rootChild.Length != 65536 || _childStart.Length != _label.Length + 1 || _freq.Length != _label.Length || _tag.Length != _label.Length)
            throw new LanguageDataException($"section '{LanguageDataFormat.JiebaDictionary}' of {data.Source} is inconsistent; regenerate language.bin");
    }

    /// <summary>The sum of every word's frequency.</summary>
    public double Total { get; }

    /// <summary>Number of nodes: words and prefixes.</summary>
    public int NodeCount => _label.Length;

    /// <summary>The cursor after walking one more character from <paramref name="node"/>.</summary>
    public int Step(int node, char c)
    {
        if (node == Root) return _rootChild[c] is var child && child >= 0 ? child : Dead;
        if (node < 0) return Dead;
        int from = _childStart[node], to = _childStart[node + 1];
        int found = _label.Slice(from, to - from).BinarySearch(c);
        return found >= 0 ? from + found : Dead;
    }

    /// <summary>The node of a word or prefix, or <see cref="Dead"/>.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = Root;
        foreach (char c in word)
        {
            node = Step(node, c);
            if (node == Dead) return Dead;
        }
        return word.Length == 0 ? Dead : node;
    }

    /// <summary>A node's entry: the word's frequency and tag, or frequency 0 and no tag for a bare prefix.</summary>
    public JiebaModel.WordEntry Entry(int node) => new(_freq[node], _tag[node] is var t && t == byte.MaxValue ? null : _tags[t]);
}
