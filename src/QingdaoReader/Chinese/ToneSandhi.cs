namespace QingdaoReader.Chinese;

/// <summary>
/// The spoken tone changes of 一 and 不 (《现代汉语词典》 一 yī, 不 bù usage notes): 一 is yí before a 4th tone and yì
/// before the others; 不 is bú before a 4th tone. 一 keeps yī where it is a number: in numbers and ordinals (十一,
/// 第一, 一九), dates (一月, 一季度), at the end of a word (统一, 唯一) and before a pause.
/// </summary>
internal static class ToneSandhi
{
    private const string NumberNeighbours = "〇零一二两三四五六七八九十百千万亿第初周期";
    // 一月, 一日, 一号 (dates) and 一季度 (the first quarter) are ordinals.
    private const string DateUnits = "月日号季";

    /// <summary>Returns per token the spoken syllables, or null where they equal the citation syllables.</summary>
    public static string?[]?[] Apply(RunePositions p)
    {
        var result = new string?[]?[p.Token.Length == 0 ? 0 : p.Token[^1] + 1];
        for (int i = 0; i < p.Count; i++)
        {
            int cp = p.CodePoint(i);
            if (cp is not ('一' or '不')) continue;
            var token = p.TokenAt(i);
            if (token.Fixed is not null && token.Fixed[p.Index[i]]) continue;
            string? spoken = cp == '一' ? SpokenYi(p, i) : SpokenBu(p, i);
            if (spoken is null) continue;
            ref var row = ref result[p.Token[i]];
            row ??= (string?[])token.Syllables.Clone();
            row[p.Index[i]] = spoken;
        }
        return result;
    }

    /// <summary>
    /// Where CC-CEDICT writes 一/不 neutral in the word the token was read as (看不清 kàn bu qīng, 比一比), that is the
    /// spoken form; the citation syllables carry bù/yī (<see cref="PinyinConverter"/>).
    /// </summary>
    private static string? DictionaryNeutral(RunePositions p, int i) =>
        p.TokenAt(i).Source?.Syllables[p.Index[i]] is { } s && Pinyin.ToneOf(s) == 5 ? s : null;

    private static string? SpokenYi(RunePositions p, int i)
    {
        if (DictionaryNeutral(p, i) is { } neutral) return neutral;
        if (p.Syllable(i) != "yī" || p.EndsLongerToken(i)) return null;
        int prev = p.PrevHan(i), next = p.NextHan(i);
        if (next < 0) return null;
        if (PolyphoneRules.In(prev, NumberNeighbours) || char.IsAsciiDigit((char)Math.Max(0, p.CodePoint(i - 1)))) return null;
        if (PolyphoneRules.In(next, NumberNeighbours) || PolyphoneRules.In(next, DateUnits)) return null;
        string? following = p.Syllable(i + 1);
        if (following is null) return null;
        int tone = Pinyin.ToneOf(following);
        // Before a neutral syllable 一 follows that syllable's original tone, nearly always 4th (一个 yí ge).
        return tone is 4 or 5 ? "yí" : "yì";
    }

    private static string? SpokenBu(RunePositions p, int i)
    {
        if (DictionaryNeutral(p, i) is { } neutral) return neutral;
        if (p.Syllable(i) != "bù" || p.NextHan(i) < 0) return null;
        string? following = p.Syllable(i + 1);
        return following is not null && Pinyin.ToneOf(following) == 4 ? "bú" : null;
    }
}
