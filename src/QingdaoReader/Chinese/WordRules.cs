using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// Context rules for dictionary words whose reading depends on how the word is used, where CC-CEDICT lists both
/// readings but cannot say which one a sentence needs. They look at the neighbouring tokens (jieba's POS tags) and
/// never change an overridden reading. Each rule cites its reason; 现汉 is 《现代汉语词典》 (7th ed.).
/// </summary>
internal static class WordRules
{
    /// <summary>The rules, each tried on every dictionary word of two characters or more that no override fixed.</summary>
    public static IReadOnlyList<WordRule> All { get; } =
    [
        // CC-CEDICT: dìfang "place" and dìfāng "regional (away from the central administration)". Before a noun it is the
        // attribute "local" (地方政府, 地方经贸合作), and so it is after 中央和 "central and local".
        new("difang-local", "地方 before a noun, or after 中央和, is dìfāng \"local\"", ["地方政府", "中央和地方"],
            w => w.Token.Text == "地方" && (IsNounLike(w.Next) || w.Prev is { Text: "和" or "与" or "及" } && w.Before(2)?.Text == "中央") ? (1, "fāng") : null),
        // CC-CEDICT has dāngtiān "on that day" and dàngtiān "the same day"; 现汉 gives only dàngtiān (同一天). Tied to an
        // event in its own clause (出院当天) or to the action after it (当天往返) it is dàng; a clause-opening 当天 before a
        // time word ("当天下午，") keeps CC-CEDICT's first reading.
        new("dangtian-same-day", "当天 tied to an event or an action is dàngtiān \"the same day\" (现汉)", ["出院当天", "当天往返"],
            w => w.Token.Text == "当天" && (w.Prev is not null && ChineseScript.ContainsHan(w.Prev.Text) || w.Next is not null && (w.Next.Tag.StartsWith('v') || w.Next.Tag == "d"))
                ? (0, "dàng") : null),
        // 下调: xiàtiáo "to adjust downwards" and xiàdiào "to transfer to a lower unit" (both CC-CEDICT). The transfer takes
        // a destination (下调到基层); otherwise (下调利率, 下调至3%) it is the adjustment. 上调 has only shàngtiáo.
        new("xiadiao-transfer", "下调 before 到/去 and a place is xiàdiào \"to transfer down\"", ["下调到基层"],
            w => w.Token.Text == "下调" && ToPlace(w) ? (1, "diào") : null),
        new("xiatiao-adjust", "otherwise 下调 is xiàtiáo \"to adjust downwards\" (rates, prices)", ["下调利率", "下调至3%"],
            w => w.Token.Text == "下调" && !ToPlace(w) ? (1, "tiáo") : null),
        // CC-CEDICT's only 穿着 is the noun chuānzhuó "attire"; followed by what is worn it is 穿 with the particle zhe.
        new("chuanzhe-wearing", "穿着 before what is worn is chuān zhe \"wearing\" (现汉 着 zhe ①)", ["穿着校服的学生"],
            w => w.Token.Text == "穿着" && IsNounLike(w.Next) ? (1, "zhe") : null),
        // 急难愁盼: four adjectives 急、难、愁、盼, so 难 is nán "difficult", not the nàn of CC-CEDICT's 急难 "calamity".
        new("jinan-difficult", "in 急难愁盼 难 is nán \"difficult\", not the nàn of 急难 \"calamity\"", ["急难愁盼"],
            w => w.Token.Text == "急难" && w.Next is not null && w.Next.Text.StartsWith('愁') || w.Token.Text.StartsWith("急难愁", StringComparison.Ordinal)
                ? (1, "nán") : null),
        // 分子: fènzǐ "member of a group" heads its phrase (知识分子); fēnzǐ "molecule" is also a modifier (分子结构), so
        // 分子 before a noun, or opening a longer word CC-CEDICT lacks, is fēnzǐ.
        new("fenzi-molecule", "分子 before a noun, or opening a longer word, is fēnzǐ \"molecule\"", ["分子结构"],
            w => w.Token.Text.StartsWith("分子", StringComparison.Ordinal) && w.Token.Syllables[0] == "fèn"
                && (w.Token.Length == 2 ? IsNounLike(w.Next) : w.Token.Source is null) ? (0, "fēn") : null),
        // 现汉: 刚刚 gānggāng, 常常, 渐渐, 慢慢; the neutral second syllable belongs to kinship nouns and reduplicated verbs
        // (妈妈, 看看). CC-CEDICT writes 刚刚 gāng gang.
        new("reduplicated-adverb", "a reduplicated adverb keeps the tone on both syllables (现汉 刚刚 gānggāng)", ["刚刚", "常常"],
            w => w.Token is { Length: 2, Tag: "d" } t && t.CodePoints[0] == t.CodePoints[1] && t.Syllables[0] is { } first
                && t.Syllables[1] is { } second && Pinyin.ToneOf(second) == 5 && Pinyin.ToneOf(first) != 5 ? (1, first) : null),
    ];

    public static void Apply(List<TokenPronunciation> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Fixed is not null || t.Length < 2) continue;
            var word = new WordInContext(tokens, i);
            foreach (var rule in All)
            {
                if (rule.Reading(word) is not { } r) continue;
                t.Syllables[r.Index] = r.Syllable;
                t.Sources[r.Index] = PronunciationSource.WordRule;
                t.Rules[r.Index] = rule.Name;
            }
        }
    }

    private static bool ToPlace(WordInContext w) =>
        w.Next is { Text: "到" or "去" } && w.After(2) is { } dest && ChineseScript.ContainsHan(dest.Text) && dest.Tag is not ("m" or "mq");

    private static bool IsNounLike(TokenPronunciation? t) =>
        t is not null && ChineseScript.ContainsHan(t.Text) && (t.Tag.StartsWith('n') || t.Tag is "vn" or "j" or "l");

}

/// <summary>A dictionary word and its neighbours (a neighbour is null across punctuation or the text's edge).</summary>
internal readonly record struct WordInContext(List<TokenPronunciation> Tokens, int At)
{
    public TokenPronunciation Token => Tokens[At];
    public TokenPronunciation? Prev => Before(1);
    public TokenPronunciation? Next => After(1);

    /// <summary>The word <paramref name="n"/> tokens before, or null when punctuation or the start comes first.</summary>
    public TokenPronunciation? Before(int n)
    {
        for (var k = 1; k <= n; k++)
            if (At - k < 0 || !ChineseScript.ContainsHan(Tokens[At - k].Text)) return null;
        return Tokens[At - n];
    }

    /// <summary>The word <paramref name="n"/> tokens after, or null when punctuation or the end comes first.</summary>
    public TokenPronunciation? After(int n)
    {
        for (var k = 1; k <= n; k++)
            if (At + k >= Tokens.Count || !ChineseScript.ContainsHan(Tokens[At + k].Text)) return null;
        return Tokens[At + n];
    }
}

/// <summary>
/// One context rule for a dictionary word: its name (what <c>qreader pinyin --explain</c> says fired), why, examples it
/// decides (RuleExampleTests), and its test, which gives the syllable to set (its index and reading) or null.
/// </summary>
internal sealed record WordRule(string Name, string Reason, IReadOnlyList<string> Examples, Func<WordInContext, (int Index, string Syllable)?> Reading);
