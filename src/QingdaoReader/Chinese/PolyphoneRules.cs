namespace QingdaoReader.Chinese;

/// <summary>
/// Context rules for polyphones that grammar settles rather than a word list. They change only characters that were
/// read alone (not inside a CC-CEDICT word) and never an overridden reading. Each rule cites its reason.
/// </summary>
internal static class PolyphoneRules
{
    private const int Wei = '为', Yi = '以', Chang = '长', Zhe = '着', Di = '地', Zhi = '只';

    // Clause punctuation ends the reach of 以 (以…为… spans one clause; 、 and quotes stay inside it).
    private const string ClauseBreaks = "，。；！？：,.;!?:\n\r()（）";

    // 成为, 作为, 认为, 视为, 称为, 评为, 改为, 转化为 …: after a verb of naming, making or becoming, 为 is the copula wéi
    // "to be, to act as" (现代汉语词典 为 wéi ②③), not the preposition wèi "for".
    private const string WeiAfterVerbs = "成作认视称选改变化分评列定立转命任聘划升降译缩誉封奉推指设建造沦折结并拆";

    // 局长, 处长, 市长, 链长 (the official responsible for an industrial chain): after a unit, 长 is zhǎng "head of".
    private const string UnitsBeforeHead = "局处科股院校省市县乡镇村组班队部厅社所站链团营连排师军馆会系室园店厂司区州届首族家";

    // 长大, 长出, 长成, 长满, 长高: 长 zhǎng "to grow" before a result complement.
    private const string GrowComplements = "大出成满高胖";

    // 着力, 着眼, 着手, 着重, 着想, 着陆, 着实, 着装, 着落, 着色, 着墨: 着 zhuó "to apply, to put to" (现代汉语词典 着 zhuó ①②).
    private const string ZhuoObjects = "力眼手重想陆实装落色墨";

    // 一只, 两只, 几只: 只 after a numeral is the classifier zhī, not the adverb zhǐ "only".
    private const string Numerals = "一二两三四五六七八九十百千万几数半每";

    public static void Apply(RunePositions p, Lexicon lexicon)
    {
        for (int i = 0; i < p.Count; i++)
        {
            if (!p.CanChange(i)) continue;
            switch (p.CodePoint(i))
            {
                case Wei:
                    if (IsWei(p, i)) p.SetSyllable(i, "wéi");
                    break;
                case Chang:
                    p.SetSyllable(i, In(p.PrevHan(i), UnitsBeforeHead) || In(p.NextHan(i), GrowComplements)
                        ? "zhǎng"
                        : "cháng"); // lone 长 in running text is mostly the adjective "long" (长达, 很长)
                    break;
                case Zhe:
                    if (In(p.NextHan(i), ZhuoObjects)) p.SetSyllable(i, "zhuó");
                    break;
                case Di:
                    p.SetSyllable(i, IsAdverbialDe(p, i) ? "de" : "dì");
                    break;
                case Zhi:
                    if (In(p.PrevHan(i), Numerals) || char.IsAsciiDigit((char)Math.Max(0, p.CodePoint(i - 1))))
                        p.SetSyllable(i, "zhī");
                    break;
            }
        }
    }

    /// <summary>
    /// 为 is wéi in the literary frame 以 A 为 B "take A as B" (以人民为中心, 以改革为动力), when a lone 以 opened the same
    /// clause, and after verbs such as 成/作/认/评/转化 (see <see cref="WeiAfterVerbs"/>).
    /// </summary>
    private static bool IsWei(RunePositions p, int i)
    {
        if (!p.TokenAt(i).IsSingle(Wei)) return false;
        if (In(p.PrevHan(i), WeiAfterVerbs)) return true;
        for (int j = i - 1; j >= 0; j--)
        {
            int cp = p.CodePoint(j);
            if (In(cp, ClauseBreaks)) return false;
            if (cp == Wei && p.TokenAt(j).IsSingle(Wei)) return false; // that 为 already answered the 以
            if (cp == Yi && p.TokenAt(j).IsSingle(Yi)) return true;
        }
        return false;
    }

    /// <summary>
    /// jieba tags every lone 地 as the adverbial particle (uv). It is that particle de only between a modifier and the
    /// verb it modifies (积极地推动, 稳稳地走); at a clause edge, or after a noun, numeral, pronoun, locative or
    /// preposition (此地, 两地, 在地上), it is the noun dì "ground, place".
    /// </summary>
    private static bool IsAdverbialDe(RunePositions p, int i)
    {
        if (p.PrevHan(i) < 0 || p.NextHan(i) < 0) return false;
        var before = p.PrevToken(i);
        if (before is null) return p.TokenAt(i).Length > 1 && p.Index[i] == p.TokenAt(i).Length - 1; // 稳稳地 as one word
        return before.Tag.Length == 0 || "nmqrfspct".IndexOf(before.Tag[0]) < 0;
    }

    /// <summary>True when <paramref name="codePoint"/> is one of the characters of <paramref name="set"/>.</summary>
    internal static bool In(int codePoint, string set) => codePoint is > 0 and < 0x10000 && set.Contains((char)codePoint);
}
