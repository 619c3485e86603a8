using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// jieba often cuts an unknown person name into its surname and given name (刘/zg 大川/ns). A one-character
/// surname that jieba itself tags as a name part, followed by a one- or two-character noun-like word, is joined
/// back into one person-name token (tag nr) so the name is read and capitalised as a name. A lone surname
/// character before a form of address (区先生, 单老师) or after 姓 ("surnamed") is marked as a name too.
/// </summary>
internal static class NameJoiner
{
    public static IReadOnlyList<Token> Join(IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        List<Token>? joined = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i + 1 < tokens.Count && IsSurnameToken(t, lexicon) && IsGivenName(tokens[i + 1]) && !FormsOfAddress.Contains(tokens[i + 1].Text))
            {
                joined ??= [.. Take(tokens, i)];
                joined.Add(new Token(t.Text + tokens[i + 1].Text, "nr"));
                i++;
                continue;
            }
            if (t.Text.Length == 1 && t.Tag != "nr" && lexicon.SurnameReading(t.Text) is not null
                && (i + 1 < tokens.Count && FormsOfAddress.Contains(tokens[i + 1].Text) || i > 0 && tokens[i - 1].Text == "姓"))
            {
                joined ??= [.. Take(tokens, i)];
                joined.Add(new Token(t.Text, SurnameByContext));
                continue;
            }
            joined?.Add(t);
        }
        return joined ?? tokens;
    }

    /// <summary>
    /// The tag of a lone surname that its context marks as one (区先生, 姓莘): a person-name tag (it starts with "nr")
    /// that, unlike jieba's own guesses, makes even a rare surname read as a surname.
    /// </summary>
    internal const string SurnameByContext = "nr:surname";

    /// <summary>Words that follow a bare surname as a form of address (区先生, 单老师).</summary>
    internal static readonly HashSet<string> FormsOfAddress =
    [
        "先生", "女士", "小姐", "老师", "同学", "教授", "师傅", "大夫", "医生", "书记", "主任", "局长", "经理", "氏",
    ];

    private static IEnumerable<Token> Take(IReadOnlyList<Token> tokens, int count)
    {
        for (int i = 0; i < count; i++) yield return tokens[i];
    }

    // jieba tags a lone surname "nr" (李, 卞) or "zg" (刘); a rare surname it tags so is more often something else (召).
    private static bool IsSurnameToken(Token t, Lexicon lexicon) =>
        t.Text.Length == 1 && t.Tag is "nr" or "zg" && lexicon.SurnameReading(t.Text) is not null && !lexicon.IsRareSurname(t.Text);

    private static bool IsGivenName(Token t)
    {
        if (t.Text.Length is < 1 or > 2 || !ChineseScript.IsHan(t.Text[0]) || !ChineseScript.IsHan(t.Text[^1])) return false;
        return t.Tag.StartsWith('n') || t.Tag is "a" or "j" or "s" or "t" or "z" or "g";
    }
}
