using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// A flat view of every rune in a run of tokens, so that rules can look across token boundaries: for each rune its
/// token, its index in that token, its code point and its offset in the text.
/// </summary>
internal sealed class RunePositions
{
    private readonly List<TokenPronunciation> _tokens;

    public RunePositions(List<TokenPronunciation> tokens)
    {
        _tokens = tokens;
        int count = 0;
        foreach (var t in tokens) count += t.Length;
        Token = new int[count];
        Index = new int[count];
        CharOffset = new int[count];
        int at = 0, offset = 0;
        for (int ti = 0; ti < tokens.Count; ti++)
        {
            var t = tokens[ti];
            for (int ri = 0; ri < t.Length; ri++)
            {
                Token[at] = ti;
                Index[at] = ri;
                CharOffset[at] = offset;
                offset += t.CodePoints[ri] > 0xFFFF ? 2 : 1;
                at++;
            }
        }
        TextLength = offset;
    }

    public int[] Token { get; }

    public int[] Index { get; }

    public int[] CharOffset { get; }

    public int Count => Token.Length;

    public int TextLength { get; }

    public TokenPronunciation TokenAt(int p) => _tokens[Token[p]];

    public int CodePoint(int p) => p >= 0 && p < Count ? _tokens[Token[p]].CodePoints[Index[p]] : -1;

    public string? Syllable(int p) => p >= 0 && p < Count ? _tokens[Token[p]].Syllables[Index[p]] : null;

    /// <summary>Sets a rune's reading as the context rule named <paramref name="rule"/> decided it.</summary>
    public void SetSyllable(int p, string syllable, string rule)
    {
        var t = _tokens[Token[p]];
        t.Syllables[Index[p]] = syllable;
        t.Sources[Index[p]] = PronunciationSource.Rule;
        t.Rules[Index[p]] = rule;
    }

    public bool CanChange(int p) => _tokens[Token[p]].CanChange(Index[p]);

    /// <summary>The code point of the rune before <paramref name="p"/> if it is Han, else -1 (start of text, punctuation, space).</summary>
    public int PrevHan(int p) => p > 0 && ChineseScript.IsHan(CodePoint(p - 1)) ? CodePoint(p - 1) : -1;

    /// <summary>The code point of the rune after <paramref name="p"/> if it is Han, else -1.</summary>
    public int NextHan(int p) => p + 1 < Count && ChineseScript.IsHan(CodePoint(p + 1)) ? CodePoint(p + 1) : -1;

    /// <summary>The token before the one holding <paramref name="p"/>, when <paramref name="p"/> starts its token.</summary>
    public TokenPronunciation? PrevToken(int p) => Index[p] == 0 && Token[p] > 0 ? _tokens[Token[p] - 1] : null;

    /// <summary>True when <paramref name="p"/> is the last rune of a token longer than one rune.</summary>
    public bool EndsLongerToken(int p) => TokenAt(p).Length > 1 && Index[p] == TokenAt(p).Length - 1;
}
