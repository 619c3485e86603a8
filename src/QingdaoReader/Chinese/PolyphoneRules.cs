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

    /// <summary>
    /// The rules, in the order they are tried. At each character read alone the first rule of that character (or of
    /// any character) whose test gives a reading sets it; the measure-word rule alone also reaches inside dictionary words.
    /// </summary>
    public static IReadOnlyList<PolyphoneRule> All { get; } =
    [
        new("ge-measure-word", Ge, "CC-CEDICT writes the measure word 个 neutral (yī ge); 现汉 and GB/T 16159 give gè after a numeral",
            ["一个", "几个", "半个"], (p, i, _) => In(p.PrevHan(i), Numerals) && p.Syllable(i) == "ge" && !IsFixed(p, i) ? "gè" : null,
            InsideWords: true),
        new("surname-after-xing", AnyCharacter, "after 姓 \"surnamed\" a character is a surname and takes its surname reading",
            ["姓单"], (p, i, lexicon) => p.PrevHan(i) == '姓' && lexicon.SurnameReading(char.ConvertFromUtf32(p.CodePoint(i))) is [var surname] ? surname : null),
        new("wei-copula", Wei, "以 A 为 B, after verbs of naming or becoming, after 原/均/皆/即, and between a noun and a number, 为 is the copula wéi (现汉 为 wéi ②③)",
            ["以人民为中心", "转化为", "原为", "比例为百分之八"], (p, i, _) => IsWei(p, i) ? "wéi" : null),
        new("chang-head-of", Chang, "after a unit, before a result complement, or ending a noun jieba made, 长 is zhǎng \"head of; to grow\" (现汉 长 zhǎng ③)",
            ["由各链长牵头", "他是护士长", "树长出新芽"], (p, i, _) => In(p.PrevHan(i), UnitsBeforeHead) || In(p.NextHan(i), GrowComplements)
                || p.EndsLongerToken(i) && p.TokenAt(i).Tag.StartsWith('n') ? "zhǎng" : null),
        new("chang-long", Chang, "a lone 长 in running text is mostly the adjective cháng \"long\"", ["长达", "很长"], (_, _, _) => "cháng"),
        new("zhe-zhuo-apply", Zhe, "着 before 力/眼/手/重/想/陆 … is zhuó \"to apply, to put to\" (现汉 着 zhuó ①②)",
            ["着力", "着眼", "着手"], (p, i, _) => In(p.NextHan(i), ZhuoObjects) ? "zhuó" : null),
        new("zhe-after-preposition", Zhe, "after verbs that become prepositions (冲, 奔, 朝, 顺, 沿 …) 着 is the aspect particle zhe",
            ["冲着我来", "照着做"], (p, i, _) => In(p.PrevHan(i), PrepositionsWithZhe) ? "zhe" : null),
        new("chong-facing", Chong, "冲 before 着 is chòng \"facing, aimed at\" (现汉 冲 chòng ①)", ["冲着"], (p, i, _) => p.NextHan(i) == Zhe ? "chòng" : null),
        new("ben-heading-for", Ben, "奔 before 着 is bèn \"heading for\" (现汉 奔 bèn ①)", ["奔着"], (p, i, _) => p.NextHan(i) == Zhe ? "bèn" : null),
        new("di-adverbial", Di, "between a modifier and the verb it modifies 地 is the particle de", ["积极地推动", "稳稳地走"],
            (p, i, lexicon) => IsAdverbialDe(p, i, lexicon) ? "de" : null),
        new("di-place", Di, "elsewhere a lone 地 is the noun dì \"ground, place\"", ["等地出发"], (_, _, _) => "dì"),
        new("de-must", De, "得 before a verb after a pronoun or adverb is děi \"must\" (现汉 得 děi ①)", ["我们得加快", "还得加快"],
            (p, i, _) => IsMust(p, i) ? "děi" : null),
        new("zhi-measure-word", Zhi, "after a numeral 只 is the measure word zhī", ["一只", "3只"],
            (p, i, _) => In(p.PrevHan(i), Numerals) || PrevIsDigit(p, i) ? "zhī" : null),
        new("xing-bank", Xing, "该行, 本行 \"this bank\" in financial news: 行 háng \"bank, firm\" (现汉 行 háng ④)", ["该行"],
            (p, i, _) => p.PrevHan(i) is '该' ? "háng" : null),
        new("zhong-plant", Zhong, "a lone 种 with an object, not after a determiner, is the verb zhòng \"to plant\"", ["种粮大户"],
            (p, i, _) => !In(p.PrevHan(i), KindDeterminers) && p.NextHan(i) > 0 ? "zhòng" : null),
        new("guo-verb", Guo, "过 before 得 or after a pronoun is the verb guò \"to live through, to pass\" (现汉 过 guò ①)",
            ["日子过得更好", "我们过"], (p, i, _) => IsVerbGuo(p, i) ? "guò" : null),
        new("hao-howl", Hao, "after 怒/悲/惨/哀 and before 哭/叫/啕, 号 is the verb háo \"to howl\" (现汉 号 háo ①)", ["狂风怒号", "悲号"],
            (p, i, _) => In(p.PrevHan(i), HowlBefore) || In(p.NextHan(i), HowlAfter) ? "háo" : null),
        new("huan-return", Huan, "before what is given or gone back to, 还 is huán \"to return, to repay\" (现汉 还 huán ①②)",
            ["还钱给他"], (p, i, _) => In(p.NextHan(i), ReturnObjects) ? "huán" : null),
        new("jiang-surrender", Jiang, "降 is xiáng \"to surrender, to subdue\" only after 投/归/劝 … or before 服/伏/龙/魔 (现汉 降 xiáng ①②)",
            ["劝降敌军"], (p, i, _) => In(p.PrevHan(i), SurrenderBefore) || In(p.NextHan(i), SurrenderAfter) ? "xiáng" : null),
        new("jiang-fall", Jiang, "elsewhere 降 is jiàng \"to fall, to lower\"", ["稳中有降", "降为副职"], (_, _, _) => "jiàng"),
        new("lu-rate", Lu, "after a common noun, or ending a noun, 率 is lǜ \"rate\" (现汉 率 lǜ); shuài \"to lead\" follows a person",
            ["存款准备金率"], (p, i, _) => p.PrevToken(i) is { } noun && noun.Tag.StartsWith('n') && !noun.Tag.StartsWith("nr", StringComparison.Ordinal)
                || p.EndsLongerToken(i) && p.TokenAt(i).Tag.StartsWith('n') ? "lǜ" : null),
        new("hao-good", Good, "after a degree adverb 好 is the adjective hǎo \"good\" (现汉 好 hǎo ①)", ["更好", "很好"],
            (p, i, _) => In(p.PrevHan(i), DegreeAdverbs) ? "hǎo" : null),
        new("zhong-heavy", Heavy, "after a degree adverb 重 is the adjective zhòng \"heavy\" (现汉 重 zhòng ①)", ["很重", "越重"],
            (p, i, _) => In(p.PrevHan(i), DegreeAdverbs) ? "zhòng" : null),
        new("nan-difficult", Difficult, "closing its clause, 难 is the predicate nán \"difficult\" (nàn \"disaster\" is bound: 灾难)",
            ["看病难、看病贵", "就业难"], (p, i, _) => p.PrevHan(i) > 0 && (p.NextHan(i) < 0 || p.CodePoint(i + 1) == '、') ? "nán" : null),
        new("xing-rise", XingRise, "free-standing 兴 is the verb xīng \"to rise, to promote\"; xìng \"interest\" is bound (兴趣, 高兴)",
            ["兴新业"], (_, _, _) => "xīng"),
    ];

    /// <summary>Stands for any character in <see cref="PolyphoneRule.Character"/>.</summary>
    public const int AnyCharacter = 0;

    // The rules by the character they read, the any-character rules after each character's own measure-word rule.
    private static readonly Dictionary<int, PolyphoneRule[]> ByCharacter =
        All.Where(r => r.Character != AnyCharacter).Select(r => r.Character).Distinct()
            .ToDictionary(c => c, c => All.Where(r => r.Character == c || r.Character == AnyCharacter).ToArray());

    private static readonly PolyphoneRule[] AnyOnly = All.Where(r => r.Character == AnyCharacter).ToArray();

    public static void Apply(RunePositions p, Lexicon lexicon)
    {
        for (int i = 0; i < p.Count; i++)
        {
            var rules = ByCharacter.TryGetValue(p.CodePoint(i), out var own) ? own : AnyOnly;
            var free = p.CanChange(i);
            foreach (var rule in rules)
            {
                if (!rule.InsideWords && !free) continue;
                if (rule.Reading(p, i, lexicon) is not { } syllable) continue;
                p.SetSyllable(i, syllable, rule.Name);
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

/// <summary>
/// One context rule for a polyphone: its name (what <c>qreader pinyin --explain</c> says fired), the character it reads
/// (or <see cref="PolyphoneRules.AnyCharacter"/>), why, examples it decides (RuleExampleTests), and its test,
/// which gives the reading or null when the rule does not apply there.
/// </summary>
internal sealed record PolyphoneRule(string Name, int Character, string Reason, IReadOnlyList<string> Examples,
    Func<RunePositions, int, Lexicon, string?> Reading, bool InsideWords = false);
