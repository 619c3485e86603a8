namespace QingdaoReader.Tests.Chinese;

/// <summary>How a word CC-CEDICT lacks is read from its parts, and the neutral-tone policy (README, "Readings").</summary>
public sealed class ReadingChoiceTests
{
    [Theory]
    [InlineData("法院判处有期徒刑八年，并处罚金五十万元", '处', 2, "chǔ")] // jieba's 处罚金: 处罚|金, not 处|罚金
    [InlineData("作出行政处罚", '处', 1, "chǔ")]
    [InlineData("不用再排长队", '长', 1, "cháng")]                      // 排|长队: 排 is pái in 排长 too, so nothing is contested
    public void Sub_words_leave_the_fewest_characters_alone_against_a_word(string text, char character, int occurrence, string reading) =>
        Assert.Equal(reading, Read.SyllableOf(text, character, occurrence));

    [Theory]
    [InlineData("活动现场人头攒动", '攒', "cuán")]  // 攒动 as in CC-CEDICT's 万头攒动
    [InlineData("返老还童的秘诀", '还', "huán")]    // CC-CEDICT's own idiom
    [InlineData("他把钱攒起来", '攒', "zǎn")]       // not an idiom: 攒 alone is "to save"
    public void Idiom_halves_keep_their_idiom_reading(string text, char character, string reading) =>
        Assert.Equal(reading, Read.SyllableOf(text, character));

    [Theory]
    [InlineData("青岛港的码头", "qīng dǎo gǎng de mǎ tou")]  // CC-CEDICT ma3 tou5, 现汉 mǎ·tou
    [InlineData("满天的星星", "mǎn tiān de xīng xing")]      // CC-CEDICT xing1 xing5, 现汉 xīng·xing "star"
    [InlineData("集装箱码头工人", "jí zhuāng xiāng mǎ tou gōng rén")] // the same inside a longer word CC-CEDICT lacks
    public void Neutral_tones_follow_the_dictionary_word(string text, string expected) =>
        Assert.Equal(expected, Read.Syllables(text));
}
