namespace QingdaoReader.Tests.Chinese;

public sealed class ToneSandhiTests
{
    [Theory]
    [InlineData("一个", "yí gè")]      // before a 4th tone
    [InlineData("一样", "yí yàng")]
    [InlineData("一起", "yì qǐ")]      // before a 3rd tone
    [InlineData("一年", "yì nián")]    // before a 2nd tone
    [InlineData("一天", "yì tiān")]    // before a 1st tone
    [InlineData("不是", "bú shì")]
    [InlineData("不要", "bú yào")]
    [InlineData("不好", "bù hǎo")]
    [InlineData("不同", "bù tóng")]
    public void Spoken_tones_of_yi_and_bu(string text, string spoken) => Assert.Equal(spoken, Read.Spoken(text));

    [Theory]
    [InlineData("第一", "dì yī")]       // ordinal
    [InlineData("一月", "yī yuè")]      // date
    [InlineData("十一", "shí yī")]      // number
    [InlineData("一九四九年", "yī jiǔ sì jiǔ nián")]
    [InlineData("统一", "tǒng yī")]     // word-final
    [InlineData("之一。", "zhī yī")]     // before a pause
    [InlineData("2021年一季度", "nián yī jì dù")] // after a digit
    public void Yi_keeps_its_tone_in_numbers_ordinals_and_dates(string text, string spoken) =>
        Assert.Equal(spoken, Read.Spoken(text));

    [Fact]
    public void Citation_syllables_are_unchanged_by_sandhi()
    {
        Assert.Equal("yī gè", Read.Syllables("一个"));
        Assert.Equal("bù shì", Read.Syllables("不是"));
    }

    [Theory]
    [InlineData("雾太大看不清", "kàn bù qīng", "kàn bu qīng")] // CC-CEDICT kan4 bu5 qing1: citation bù, spoken neutral
    [InlineData("差不多", "chà bù duō", "chà bu duō")]
    [InlineData("了不起", "liǎo bù qǐ", "liǎo bu qǐ")]
    [InlineData("比一比", "bǐ yī bǐ", "bǐ yi bǐ")]
    public void Dictionary_neutral_yi_and_bu_are_cited_with_their_tone_and_spoken_neutral(string text, string citation, string spoken)
    {
        Assert.EndsWith(citation, Read.Syllables(text));
        Assert.EndsWith(spoken, Read.Spoken(text));
    }
}
