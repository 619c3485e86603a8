using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// Context rules for polyphones that grammar settles rather than a word list. They change only characters that were
/// read alone (not inside a CC-CEDICT word) and never an overridden reading; the one exception is the measure word
/// 个 (see <see cref="Apply"/>). Each rule cites its reason; 现汉 is 《现代汉语词典》 (7th ed.).
/// </summary>
internal static class PolyphoneRules
{
    private const int Wei = '为', Chang = '长', Zhe = '着', Di = '地', Zhi = '只', De = '得', Ge = '个',
        Xing = '行', Zhong = '种', XingRise = '兴', Chong = '冲', Ben = '奔', Guo = '过',
        Hao = '号', Huan = '还', Jiang = '降', Lu = '率', Good = '好', Heavy = '重', Difficult = '难';

    // Clause punctuation ends the reach of 以 (以…为… spans one clause; 、 and quotes stay inside it).
    private const string ClauseBreaks = "，。；！？：,.;!?:\n\r()（）";

    // 成为, 作为, 认为, 视为, 称为, 评为, 改为, 转化为 …: after a verb of naming, making or becoming, 为 is the copula wéi
    // "to be, to act as" (现汉 为 wéi ②③), not the preposition wèi "for".
    private const string WeiAfterVerbs = "成作认视称选改变化分评列定立转命任聘划升降译缩誉封奉推指设建造沦折结并拆贬讹名";

    // 原为, 均为, 皆为, 即为: after these adverbs 为 is the copula wéi "to be" (此地原为…, 名称均为…; 现汉 为 wéi ③).
    private const string WeiAfterAdverbs = "原均皆即";

    // 以 A 为 B "take A as B", and the same frame with verbs of appointing and renaming: 降 A 为 B "demote A to B",
    // 改 A 为 B "rename A B", 封 A 为 B "enfeoff A as B" (降镇远府为镇远州): 为 is wéi "to be, to become".
    private const string WeiFrameOpeners = "以降贬改封立列追尊";

    // 局长, 处长, 市长, 链长 (the official responsible for an industrial chain): after a unit, 长 is zhǎng "head of".
    private const string UnitsBeforeHead = "局处科股院校省市县乡镇村组班队部厅社所站链团营连排师军馆会系室园店厂司区州届首族家";

    // 长大, 长出, 长成, 长满, 长高: 长 zhǎng "to grow" before a result complement.
    private const string GrowComplements = "大出成满高胖";

    // 着力, 着眼, 着手, 着重, 着想, 着陆, 着实, 着装, 着落, 着色, 着墨: 着 zhuó "to apply, to put to" (现汉 着 zhuó ①②).
    private const string ZhuoObjects = "力眼手重想陆实装落色墨";

    // 冲着, 奔着, 朝着, 顺着, 沿着, 照着, 本着, 向着: these verbs become prepositions with the aspect particle 着 zhe, and
    // 冲 is chòng "facing, aimed at", 奔 is bèn "heading for" there (现汉 冲 chòng ①, 奔 bèn ①).
    private const string PrepositionsWithZhe = "冲奔朝顺沿照本向随接";

    // Numerals and quantity words before a measure word.
    private const string Numerals = "一二两三四五六七八九十百千万几数半每";

    // 这种, 各种, 多种, 某种: after a demonstrative or quantity word 种 is the measure word zhǒng "kind".
    private const string KindDeterminers = "一二两三四五六七八九十百千万几数多每各这那哪某该此同本上下";

    // 怒号, 悲号, 惨号 (狂风怒号, 悲号声): after 怒/悲/惨/哀, and before 哭/叫/啕, 号 is the verb háo "to howl, to wail"
    // (现汉 号 háo ①; CC-CEDICT 号 hao2 "roar; cry", 号叫 háojiào, 哀号 āiháo), not the noun hào "number, mark".
    private const string HowlBefore = "怒悲惨哀";
    private const string HowlAfter = "哭叫啕";

    // 更好, 很重, 越难: after a degree adverb 好, 重 are the adjectives hǎo "good", zhòng "heavy" (现汉 好 hǎo ①, 重 zhòng ①),
    // not the verbs hào "to like", chóng "to repeat".
    private const string DegreeAdverbs = "更很太最较挺越蛮颇";

    // 投降, 归降, 劝降, 降服, 降伏, 降龙, 降魔: 降 is xiáng "to surrender, to subdue" only in these (现汉 降 xiáng ①②);
    // elsewhere it is jiàng "to fall, to lower" (稳中有降, 利率已降至2%, 降为副职).
    private const string SurrenderBefore = "投归诈受劝招请";
    private const string SurrenderAfter = "服伏龙魔敌";

    // 还乡, 还家, 还债, 还钱, 还给, 还本国: before what is given or gone back to, 还 is huán "to return, to repay"
    // (现汉 还 huán ①②); the adverb hái "still, also" comes before verbs and adjectives (还有, 还要, 还很).
    private const string ReturnObjects = "乡家债款钱给本";

    public static void Apply(RunePositions p, Lexicon lexicon)
    {
        for (int i = 0; i < p.Count; i++)
        {
            int cp = p.CodePoint(i);
            // 一个, 几个, 半个: CC-CEDICT writes the measure word 个 neutral (yī ge), 现汉 and GB/T 16159 give gè after a
            // numeral; this one rule also applies inside dictionary words.
            if (cp == Ge && In(p.PrevHan(i), Numerals) && p.Syllable(i) == "ge" && !IsFixed(p, i))
            {
                p.SetSyllable(i, "gè");
                continue;
            }
            if (!p.CanChange(i)) continue;
            // 姓单, 姓曾: after 姓 "surnamed" a character is a surname and takes its surname reading (单 Shàn).
            if (p.PrevHan(i) == '姓' && lexicon.SurnameReading(char.ConvertFromUtf32(cp)) is [var surname])
            {
                p.SetSyllable(i, surname);
                continue;
            }
            switch (cp)
            {
                case Wei:
                    if (IsWei(p, i)) p.SetSyllable(i, "wéi");
                    break;
                case Chang:
                    // A 长 that ends a noun jieba made and CC-CEDICT lacks (护士长, 组长 inside 村民组长) is the suffix
                    // zhǎng "head of" (现汉 长 zhǎng ③); the adjective cháng does not close a noun.
                    p.SetSyllable(i, In(p.PrevHan(i), UnitsBeforeHead) || In(p.NextHan(i), GrowComplements)
                        || p.EndsLongerToken(i) && p.TokenAt(i).Tag.StartsWith('n')
                        ? "zhǎng"
                        : "cháng"); // lone 长 in running text is mostly the adjective "long" (长达, 很长)
                    break;
                case Zhe:
                    if (In(p.NextHan(i), ZhuoObjects)) p.SetSyllable(i, "zhuó");
                    else if (In(p.PrevHan(i), PrepositionsWithZhe)) p.SetSyllable(i, "zhe");
                    break;
                case Chong:
                    if (p.NextHan(i) == Zhe) p.SetSyllable(i, "chòng");
                    break;
                case Ben:
                    if (p.NextHan(i) == Zhe) p.SetSyllable(i, "bèn");
                    break;
                case Di:
                    p.SetSyllable(i, IsAdverbialDe(p, i, lexicon) ? "de" : "dì");
                    break;
                case De:
                    if (IsMust(p, i)) p.SetSyllable(i, "děi");
                    break;
                case Zhi:
                    if (In(p.PrevHan(i), Numerals) || PrevIsDigit(p, i)) p.SetSyllable(i, "zhī");
                    break;
                case Xing:
                    // 该行, 本行 "this bank" in financial news: 行 háng "bank, firm" (现汉 行 háng ④).
                    if (p.PrevHan(i) is '该') p.SetSyllable(i, "háng");
                    break;
                case Zhong:
                    // 种粮, 种树, 种养: a lone 种 with an object is the verb zhòng "to plant"; after a determiner
                    // (这种, 各种) it is the measure word zhǒng.
                    if (!In(p.PrevHan(i), KindDeterminers) && p.NextHan(i) > 0) p.SetSyllable(i, "zhòng");
                    break;
                case Guo:
                    if (IsVerbGuo(p, i)) p.SetSyllable(i, "guò");
                    break;
                case Hao:
                    if (In(p.PrevHan(i), HowlBefore) || In(p.NextHan(i), HowlAfter)) p.SetSyllable(i, "háo");
                    break;
                case Huan:
                    if (In(p.NextHan(i), ReturnObjects)) p.SetSyllable(i, "huán");
                    break;
                case Jiang:
                    p.SetSyllable(i, In(p.PrevHan(i), SurrenderBefore) || In(p.NextHan(i), SurrenderAfter) ? "xiáng" : "jiàng");
                    break;
                case Lu:
                    // 准备金率, 利率 split off (存款准备金|率): after a common noun 率 is lǜ "rate" (现汉 率 lǜ); shuài "to lead"
                    // follows its subject, a person (率军, 亲率).
                    // jieba's own noun 准备金率 ends with it too.
                    if (p.PrevToken(i) is { } noun && noun.Tag.StartsWith('n') && !noun.Tag.StartsWith("nr", StringComparison.Ordinal)
                        || p.EndsLongerToken(i) && p.TokenAt(i).Tag.StartsWith('n'))
                        p.SetSyllable(i, "lǜ");
                    break;
                case Good:
                    if (In(p.PrevHan(i), DegreeAdverbs)) p.SetSyllable(i, "hǎo");
                    break;
                case Heavy:
                    if (In(p.PrevHan(i), DegreeAdverbs)) p.SetSyllable(i, "zhòng");
                    break;
                case Difficult:
                    // 看病难、看病贵, 就业难: closing its clause, 难 is the predicate nán "difficult" (nàn "disaster" is bound: 灾难, 遇难).
                    if (p.PrevHan(i) > 0 && (p.NextHan(i) < 0 || p.CodePoint(i + 1) == '、')) p.SetSyllable(i, "nán");
                    break;
                case XingRise:
                    // Free-standing 兴 is the verb xīng "to rise, to promote" (兴新, 兴业); xìng "interest" is bound
                    // (兴趣, 高兴) and comes from those dictionary words.
                    p.SetSyllable(i, "xīng");
                    break;
            }
        }
    }

    private static bool IsFixed(RunePositions p, int i) => p.TokenAt(i).Fixed is { } f && f[p.Index[i]];

    /// <summary>
    /// 为 is wéi in the literary frame 以 A 为 B "take A as B" (以人民为中心, 以改革为动力; also its parallel continuation
    /// 以创新为引领、制造业为骨干) when a lone 以 opened the same clause; after verbs such as 成/作/认/评/转化 (see
    /// <see cref="WeiAfterVerbs"/>); and as the copula between a noun and a number (比例为百分之八, 总量为…).
    /// </summary>
    private static bool IsWei(RunePositions p, int i)
    {
        // jieba sometimes joins the verb and 为 into a token the dictionary lacks (降为, 召为): 为 is still read alone there.
        if (In(p.PrevHan(i), WeiAfterVerbs) || In(p.PrevHan(i), WeiAfterAdverbs)) return true;
        if (!p.TokenAt(i).IsSingle(Wei)) return false;
        var before = p.PrevToken(i);
        if (before is not null && before.Tag.StartsWith('n') && (In(p.NextHan(i), Numerals) || NextIsDigit(p, i))) return true;
        for (int j = i - 1; j >= 0; j--)
        {
            int cp = p.CodePoint(j);
            if (In(cp, ClauseBreaks)) return false;
            if (In(cp, WeiFrameOpeners) && p.TokenAt(j).Length == 1) return true;
        }
        return false;
    }

    /// <summary>
    /// jieba tags every lone 地 as the adverbial particle (uv). It is that particle de between a modifier and the verb
    /// it modifies (积极地推动, 扎实地推进, 稳稳地走). It is the noun dì "ground, place" at a clause edge, after a noun,
    /// numeral, pronoun, locative, preposition or particle (此地, 两地, 等地) unless that is a four-character idiom, and
    /// where the character before it forms a CC-CEDICT word with it that jieba split off from a non-adjective (新高|地 → 高地 gāodì).
    /// </summary>
    private static bool IsAdverbialDe(RunePositions p, int i, Lexicon lexicon)
    {
        if (p.PrevHan(i) < 0 || p.NextHan(i) < 0) return false;
        var before = p.PrevToken(i);
        if (before is null) return p.TokenAt(i).Length > 1 && p.Index[i] == p.TokenAt(i).Length - 1; // 稳稳地 as one word
        string tag = before.Tag;
        if (tag.Length == 0) return true;
        if (tag[0] is 'a' or 'z' or 'd') return true;
        // A four-character idiom before 地 is used adverbially (量体裁衣地制定, 循序渐进地推进) even where jieba tags
        // it a noun; CC-CEDICT marks idioms "(idiom)".
        if (before.Length == 4 && lexicon.TryGetWord(before.Text, out var idiom) && idiom.Line.Contains("(idiom)", StringComparison.Ordinal))
            return true;
        if ("nmqrfspctu".IndexOf(tag[0]) >= 0) return false;
        Span<char> pair = [(char)p.PrevHan(i), '地'];
        return !(lexicon.TryGetWord(pair, out var word) && word.Preferred.Syllables[1] == "dì");
    }

    /// <summary>
    /// 得 is děi "must, have to" before a verb when a pronoun or adverb precedes it (我们得加快, 还得): the particle de
    /// follows a verb or adjective instead (用得起, 跑得快) (现汉 得 děi ①).
    /// </summary>
    private static bool IsMust(RunePositions p, int i)
    {
        if (!p.TokenAt(i).IsSingle(De) || p.NextHan(i) < 0) return false;
        var before = p.PrevToken(i);
        return before is not null && ChineseScript.ContainsHan(before.Text) && (before.Tag == "r" || before.Text is "还" or "就" or "也" or "都" or "总");
    }

    /// <summary>
    /// jieba tags every lone 过 as the aspect particle (ug), which follows a verb (发生过, 参观过) and is neutral guo.
    /// Before the complement particle 得 (日子过得更好) or right after a pronoun (我们过…) it is the verb guò "to live
    /// through, to pass" itself (现汉 过 guò ①). (jieba's noun tags are too loose to use here: 参观/n 过.)
    /// </summary>
    private static bool IsVerbGuo(RunePositions p, int i)
    {
        if (!p.TokenAt(i).IsSingle(Guo) || Pinyin.ToneOf(p.Syllable(i) ?? "") != 5) return false;
        if (p.NextHan(i) == De) return true;
        var before = p.PrevToken(i);
        return before is not null && ChineseScript.ContainsHan(before.Text) && before.Tag == "r";
    }

    private static bool PrevIsDigit(RunePositions p, int i) => char.IsAsciiDigit((char)Math.Max(0, p.CodePoint(i - 1)));

    private static bool NextIsDigit(RunePositions p, int i) => char.IsAsciiDigit((char)Math.Max(0, p.CodePoint(i + 1)));

    /// <summary>True when <paramref name="codePoint"/> is one of the characters of <paramref name="set"/>.</summary>
    internal static bool In(int codePoint, string set) => codePoint is > 0 and < 0x10000 && set.Contains((char)codePoint);
}
