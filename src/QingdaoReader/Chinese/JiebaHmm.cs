using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.Chinese;

/// <summary>
/// jieba's part-of-speech HMM for words its dictionary lacks, read in place from the language data. States are
/// numbered in the order of pos_prob_trans.json's keys (the order jieba.NET visits them in, which decides ties).
/// </summary>
internal sealed class JiebaHmm
{
    private readonly MappedArray<double> _start;
    private readonly MappedArray<double> _trans;
    private readonly MappedArray<int> _emitRow;
    private readonly MappedArray<int> _emitStart;
    private readonly MappedArray<ushort> _emitState;
    private readonly MappedArray<double> _emitProb;
    private readonly MappedArray<int> _tabRow;
    private readonly MappedArray<int> _tabStart;
    private readonly MappedArray<ushort> _tabState;
    private readonly MappedArray<int> _cultureRank;

    public JiebaHmm(LanguageDataFile data)
    {
        var section = data.Section(LanguageDataFormat.JiebaHmm);
        var names = section.Strings();
        _cultureRank = section.Array<int>();
        _start = section.Array<double>();
        _trans = section.Array<double>();
        var nextStart = section.Array<int>();
        var next = section.Array<ushort>();
        _emitRow = section.Array<int>();
        _emitStart = section.Array<int>();
        _emitState = section.Array<ushort>();
        _emitProb = section.Array<double>();
        _tabRow = section.Array<int>();
        _tabStart = section.Array<int>();
        _tabState = section.Array<ushort>();
        section.End();
        int n = names.Length;
        if (_cultureRank.Length != n || _start.Length != n || _trans.Length != n * n || nextStart.Length != n + 1
            || _emitRow.Length != 65536 || _tabRow.Length != 65536 || _emitState.Length != _emitProb.Length)
            throw new LanguageDataException($"section '{LanguageDataFormat.JiebaHmm}' of {data.Source} is inconsistent; regenerate language.bin");
        StateCount = n;
        Position = names.Select(name => name[0]).ToArray();
        Flag = names.Select(name => name.Split('-')[1]).ToArray();
        Next = new ushort[n][];
        for (int s = 0; s < n; s++) Next[s] = next.Slice(nextStart[s], nextStart[s + 1] - nextStart[s]).ToArray();
        AllStates = Enumerable.Range(0, n).Select(s => (ushort)s).ToArray();
    }

    public int StateCount { get; }

    /// <summary>Each state's position in its word: B(egin), M(iddle), E(nd) or S(ingle).</summary>
    public char[] Position { get; }

    /// <summary>Each state's part-of-speech tag.</summary>
    public string[] Flag { get; }

    /// <summary>Each state's successors, in the transition table's order.</summary>
    public ushort[][] Next { get; }

    /// <summary>Every state, in order: the states of a character the table does not list.</summary>
    public ushort[] AllStates { get; }

    /// <summary>A state's rank when state names are sorted culture-invariantly (jieba.NET's tie-break).</summary>
    public int CultureRank(int state) => _cultureRank[state];

    public double Start(int state) => _start[state];

    public double Transition(int from, int to) => _trans[from * StateCount + to];

    /// <summary>The states a character can take (char_state_tab), or every state when the table does not list it.</summary>
    public ReadOnlySpan<ushort> StatesOf(char c)
    {
        int row = _tabRow[c];
        return row < 0 ? AllStates : _tabState.Slice(_tabStart[row], _tabStart[row + 1] - _tabStart[row]);
    }

    /// <summary>The character's emissions (empty when no state emits it).</summary>
    public EmissionRow Emissions(char c)
    {
        int row = _emitRow[c];
        if (row < 0) return default;
        int from = _emitStart[row], to = _emitStart[row + 1];
        return new EmissionRow(_emitState.Slice(from, to - from), _emitProb.Slice(from, to - from));
    }
}

/// <summary>One character's emissions: the states that emit it (ascending) and their log-probabilities.</summary>
internal readonly ref struct EmissionRow(ReadOnlySpan<ushort> states, ReadOnlySpan<double> probabilities)
{
    private readonly ReadOnlySpan<ushort> _states = states;
    private readonly ReadOnlySpan<double> _probabilities = probabilities;

    /// <summary>The state's log-probability of emitting the character, or <paramref name="none"/> when it never does.</summary>
    public double Of(int state, double none)
    {
        int at = _states.BinarySearch((ushort)state);
        return at >= 0 ? _probabilities[at] : none;
    }
}
