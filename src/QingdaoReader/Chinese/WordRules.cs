using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// Context rules for dictionary words whose reading depends on how the word is used, where CC-CEDICT lists both
/// readings but cannot say which one a sentence needs. They look at the neighbouring tokens (jieba's POS tags) and
/// never change an overridden reading. Each rule cites its reason; 现汉 is 《现代汉语词典》 (7th ed.).
/// </summary>
internal static class WordRules
{
    public static void Apply(List<TokenReading> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Fixed is not null || t.Length < 2) continue;
            var next = NextWord(tokens, i);
            var prev = PrevWord(tokens, i);
            switch (t.Text)
            {
                // 地方 dìfang "place" (这个地方, 局部地方有雨) and dìfāng "local, of the regions as against the centre"
                // (CC-CEDICT: "regional (away from the central administration)"). Before a noun it is the attribute
                // "local" (地方政府, 地方经贸合作), and so it is after 中央和 "central and local".
                case "地方":
                    if (IsNounLike(next) || prev is { Text: "和" or "与" or "及" } && PrevWord(tokens, i - 1)?.Text == "中央")
                        Set(t, 1, "fāng");
                    break;
                // 当天: CC-CEDICT has dāngtiān "on that day" and dàngtiān "the same day"; 现汉 gives only dàngtiān
                // (同一天). Tied to an event in its own clause (出院当天, 最快当天) or to the action after it (当天往返,
                // 当天就办结) it is "the same day", dàng; a clause-opening 当天 before a time word ("当天下午，") keeps
                // CC-CEDICT's first reading.
                case "当天":
                    if (prev is not null && ChineseScript.ContainsHan(prev.Text) || next is not null && (next.Tag.StartsWith('v') || next.Tag == "d"))
                        Set(t, 0, "dàng");
                    break;
                // 下调: xiàtiáo "to adjust downwards (prices, rates)" and xiàdiào "to transfer to a lower unit" (both
                // CC-CEDICT). The transfer takes a destination (下调到基层); otherwise, as in 下调利率 / 下调了 / 下调至
                // 3%, it is the adjustment. 上调 has only shàngtiáo in CC-CEDICT.
                case "下调":
                    bool toPlace = next is { Text: "到" or "去" } && NextWord(tokens, i + 1) is { } dest && ChineseScript.ContainsHan(dest.Text)
                        && dest.Tag is not ("m" or "mq");
                    Set(t, 1, toPlace ? "diào" : "tiáo");
                    break;
                // 穿着: CC-CEDICT's only entry is the noun chuānzhuó "attire" (他的穿着很朴素); followed by what is worn
                // (穿着校服的学生) it is the verb 穿 with the aspect particle 着 zhe (现汉 着 zhe ①).
                case "穿着":
                    if (IsNounLike(next)) Set(t, 1, "zhe");
                    break;
                // 急难愁盼 "the urgent, difficult, worrying and hoped-for [problems of the people]": four adjectives 急、难、
                // 愁、盼, so 难 is nán "difficult", not the nàn of CC-CEDICT's word 急难 "calamity".
                case "急难" when next is not null && next.Text.StartsWith('愁'):
                    Set(t, 1, "nán");
                    break;
            }
            if (t.Text.StartsWith("急难愁", StringComparison.Ordinal)) Set(t, 1, "nán"); // one token (a user word)
            // 分子: fènzǐ "member of a group" heads its phrase (知识分子, 不法分子); fēnzǐ "molecule" is also a modifier
            // (分子结构, 分子量, 分子生物学), so 分子 before a noun, or opening a longer word CC-CEDICT lacks, is fēnzǐ.
            if (t.Text.StartsWith("分子", StringComparison.Ordinal) && t.Syllables[0] == "fèn"
                && (t.Length == 2 ? IsNounLike(next) : t.Source is null))
                Set(t, 0, "fēn");
            // Reduplicated adverbs keep the tone on both syllables (现汉: 刚刚 gānggāng, 常常, 渐渐, 慢慢); the neutral second
            // syllable belongs to kinship nouns and reduplicated verbs (妈妈, 看看). CC-CEDICT writes 刚刚 gāng gang.
            if (t.Length == 2 && t.CodePoints[0] == t.CodePoints[1] && t.Tag == "d" && t.Syllables[0] is { } first
                && t.Syllables[1] is { } second && Pinyin.ToneOf(second) == 5 && Pinyin.ToneOf(first) != 5)
                Set(t, 1, first);
        }
    }

    private static void Set(TokenReading t, int index, string syllable)
    {
        t.Syllables[index] = syllable;
        t.Sources[index] = ReadingSource.WordRule;
    }

    private static bool IsNounLike(TokenReading? t) =>
        t is not null && ChineseScript.ContainsHan(t.Text) && (t.Tag.StartsWith('n') || t.Tag is "vn" or "j" or "l");

    /// <summary>The next token, or null when punctuation or the end of the text comes first.</summary>
    private static TokenReading? NextWord(List<TokenReading> tokens, int i) =>
        i + 1 < tokens.Count && ChineseScript.ContainsHan(tokens[i + 1].Text) ? tokens[i + 1] : null;

    /// <summary>The previous token, or null when punctuation or the start of the text comes first.</summary>
    private static TokenReading? PrevWord(List<TokenReading> tokens, int i) =>
        i > 0 && ChineseScript.ContainsHan(tokens[i - 1].Text) ? tokens[i - 1] : null;
}
