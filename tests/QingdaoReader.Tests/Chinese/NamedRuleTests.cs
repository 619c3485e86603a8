using QingdaoReader.Chinese;

namespace QingdaoReader.Tests.Chinese;

/// <summary>
/// The context rules are tables of named rules, each with its reason and examples, and --explain names the rule that
/// decided a character; a site's word that the dictionary lacks is read as the running text reads it.
/// </summary>
public class NamedRuleTests
{
    [Fact]
    public void Every_rule_has_a_unique_name_a_reason_and_examples()
    {
        var names = PolyphoneRules.All.Select(r => r.Name).Concat(WordRules.All.Select(r => r.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(PolyphoneRules.All, r => Assert.True(r.Reason.Length > 10 && r.Examples.Count > 0, r.Name));
        Assert.All(WordRules.All, r => Assert.True(r.Reason.Length > 10 && r.Examples.Count > 0, r.Name));
    }

    [Theory]
    [InlineData("我们积极地推动改革", "地", "de", "di-adverbial")]
    [InlineData("央行下调利率", "调", "tiáo", "xiatiao-adjust")]
    [InlineData("他下调到基层工作", "调", "diào", "xiadiao-transfer")]
    [InlineData("有一位姓单的老师", "单", "Shàn", "surname-after-xing")]
    [InlineData("以改革为动力", "为", "wéi", "wei-copula")]
    [InlineData("我们得加快进度", "得", "děi", "de-must")]
    [InlineData("地方政府", "方", "fāng", "difang-local")]
    public void Explain_names_the_rule_that_decided(string text, string character, string syllable, string rule)
    {
        var (_, decisions) = ChineseLanguage.Shared.Explain(text);
        var d = Assert.Single(decisions, x => x.Character == character);
        Assert.Equal(syllable, d.Syllable, ignoreCase: true);
        Assert.Equal(rule, d.Rule);
    }

    [Theory]
    [InlineData("坚持以人民为中心", "以人民为中心", "wéi")]
    [InlineData("全面推行河长制", "河长制", "zhǎng")]
    [InlineData("理顺中央和地方财政关系", "中央和地方财政关系", "fāng")]
    public void A_sites_word_the_dictionary_lacks_stays_whole_and_reads_as_running_text(string text, string word, string expected)
    {
        var site = ChineseLanguage.Shared.WithUserWords([word]);
        var whole = Assert.Single(site.Read(text), w => w.Text == word);
        Assert.Contains(expected, whole.Syllables);
        Assert.Contains(expected, whole.WordPinyin);
    }
}

public class RuleExampleTests
{
    public static IEnumerable<object[]> Examples() =>
        PolyphoneRules.All.SelectMany(r => r.Examples.Select(e => new object[] { r.Name, e }))
            .Concat(WordRules.All.SelectMany(r => r.Examples.Select(e => new object[] { r.Name, e })));

    // Rules whose examples the dictionary reads already (着力, 着眼: jieba rarely leaves 着 alone before them) or whose
    // characters are not polyphones, so that no decision is listed (刚刚): their examples must read as the rule says.
    private static readonly Dictionary<string, (char Character, string Reading)> ReadNotDecided = new()
    {
        ["zhe-zhuo-apply"] = ('着', "zhuó"),
    };

    /// <summary>Each rule's examples are read by that rule: the examples are the rule's own test cases.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_of_a_rule_is_decided_by_it(string rule, string example)
    {
        if (rule == "reduplicated-adverb")
        {
            // Both syllables keep the tone (刚刚 gānggāng, 常常 chángcháng), not CC-CEDICT's neutral second syllable.
            var word = Assert.Single(ChineseLanguage.Shared.Read(example));
            Assert.Equal(word.Syllables[0], word.Syllables[1]);
            return;
        }
        if (ReadNotDecided.TryGetValue(rule, out var expected))
        {
            var words = ChineseLanguage.Shared.Read(example);
            var syllables = words.SelectMany(w => w.Text.Select((c, i) => (c, w.Syllables[i]))).ToList();
            Assert.All(syllables.Where(x => x.c == expected.Character), x => Assert.Equal(expected.Reading, x.Item2));
            Assert.Contains(syllables, x => x.c == expected.Character);
            return;
        }
        var (_, decisions) = ChineseLanguage.Shared.Explain(example);
        Assert.True(decisions.Any(d => d.Rule == rule),
            $"'{example}' is not decided by {rule}: " + string.Join("; ", decisions.Select(d => $"{d.Character} {d.Syllable} {d.Source} {d.Rule}")));
    }
}
