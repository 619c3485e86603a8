namespace QingdaoReader.Tests.Chinese;

/// <summary>
/// One test per word-level context rule (WordRules) and per reading-choice rule, each with a case where it must not fire.
/// </summary>
public sealed class WordRuleTests
{
    [Theory]
    [InlineData("加强地方政府专项债券管理", "dì fāng")]   // before a noun: "local"
    [InlineData("组织开展地方经贸合作", "dì fāng")]
    [InlineData("统筹中央和地方的事权", "dì fāng")]        // central and local
    [InlineData("局部地方有暴雨", "dì fang")]              // "place"
    [InlineData("这个地方很美", "dì fang")]
    public void Difang_local_or_place(string text, string reading) => Assert.Contains(reading, Read.Syllables(text));

    [Theory]
    [InlineData("信用贷款最快当天就能放款", "dàng")]   // tied to an event in its clause: "the same day"
    [InlineData("现在出院当天就结算好了", "dàng")]
    [InlineData("当天往返", "dàng")]                     // before the action
    [InlineData("当天下午，记者来到现场", "dāng")]       // clause-opening "that day"
    public void Dangtian(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '当'));

    [Theory]
    [InlineData("多家银行相继下调了存款利率", "tiáo")]
    [InlineData("央行下调存款准备金率", "tiáo")]
    [InlineData("他被下调到基层工作", "diào")]           // transferred to a lower unit
    public void Xiatiao_or_xiadiao(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '调'));

    [Theory]
    [InlineData("穿着校服的学生", "zhe")]               // verb + aspect particle
    [InlineData("他的穿着很朴素", "zhuó")]               // the noun "attire"
    public void Chuanzhe(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '着'));

    [Theory]
    [InlineData("解决群众急难愁盼问题", "nán")]          // four adjectives
    [InlineData("救人于急难之中", "nàn")]                // CC-CEDICT's 急难 "calamity"
    public void Jinan_chou_pan(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '难'));

    [Theory]
    [InlineData("分子结构十分稳定", "fēn")]              // molecule, as a modifier
    [InlineData("打击违法犯罪分子", "fèn")]              // member of a group, heading its phrase
    public void Fenzi(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '分'));

    [Theory]
    [InlineData("一位刚刚参加完招聘会的毕业生", "gāng gāng")]  // reduplicated adverb keeps both tones
    [InlineData("妈妈和爸爸", "mā ma")]                         // kinship noun: neutral second syllable
    public void Reduplicated_adverbs_keep_the_tone(string text, string expected) => Assert.Contains(expected, Read.Syllables(text));

    [Fact]
    public void Qilai_takes_a_toned_reading_over_an_all_neutral_one() =>
        Assert.Equal("qián dài zi gǔ qǐ lai", Read.Syllables("钱袋子鼓起来"));

    [Theory]
    [InlineData("儿子在城里上班，孙子在县城上学", "sūn zi")]   // jieba tags 孙子 nr; CC-CEDICT's first reading is "grandson"
    [InlineData("建设惠民工程", "huì mín")]
    public void Common_words_jieba_tags_as_names(string text, string expected)
    {
        Assert.Contains(expected, Read.Syllables(text));
        Assert.DoesNotContain(char.ToUpperInvariant(expected[0]) + expected[1..].Split(' ')[0], Read.Words(text));
    }
}
