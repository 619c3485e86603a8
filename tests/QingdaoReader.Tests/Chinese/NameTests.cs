namespace QingdaoReader.Tests.Chinese;

public sealed class NameTests
{
    [Fact]
    public void Person_name_capitalises_surname_and_given_name_separately()
    {
        Assert.Contains("Liú Dàchuān", Read.Words("局长刘大川表示"));
        Assert.Contains("Lǐ Tiānchuán", Read.Words("李天传表示"));
        Assert.Contains("Xí Jìnpíng", Read.Words("习近平总书记"));
    }

    [Theory]
    [InlineData("单先生是北京人", '单', "shàn")]
    [InlineData("区先生是广东人", '区', "ōu")]
    [InlineData("解先生担任组长", '解', "xiè")]
    [InlineData("仇先生参加了会议", '仇', "qiú")]
    [InlineData("查先生是作家", '查', "zhā")]
    [InlineData("姓单的同学", '单', "shàn")]
    [InlineData("乐毅是战国名将", '乐', "yuè")]   // CC-CEDICT has surname Lè and Yuè; the one unlike the word reading lè
    [InlineData("翟先生是航天员", '翟', "zhái")]  // likewise Dí / Zhái
    [InlineData("覃先生是广西人", '覃', "qín")]
    public void Surnames_take_their_surname_reading(string text, char surname, string reading) =>
        Assert.Equal(reading, Read.SyllableOf(text, surname));

    [Fact]
    public void Surname_before_a_form_of_address_is_capitalised()
    {
        Assert.StartsWith("Shàn | xiānsheng", Read.Words("单先生是北京人"));
    }

    [Fact]
    public void Common_words_that_jieba_tags_as_names_are_not_capitalised()
    {
        Assert.Equal("pǔsù", Read.Words("朴素"));
        Assert.Equal("gāoshuǐpíng", Read.Words("高水平"));
    }

    [Fact]
    public void Place_names_are_capitalised()
    {
        Assert.Contains("Qīngdǎo", Read.Words("青岛广大干部群众"));
        Assert.Contains("Xī'ān", Read.Words("去西安"));
        Assert.Contains("Chóngqìng", Read.Words("去重庆"));
    }

    [Fact]
    public void A_word_jieba_tags_as_a_place_but_cedict_knows_as_common_is_not_capitalised()
    {
        Assert.Equal("zhǎngdà | le", Read.Words("长大了"));
    }
}

public class WordSpacingTests
{
    private static readonly QingdaoReader.Chinese.ChineseLanguage Language = QingdaoReader.Chinese.ChineseLanguage.Shared;

    [Fact]
    public void A_long_token_the_dictionary_lacks_is_written_apart_by_its_words()
    {
        // GB/T 16159: four or more syllables naming one concept are written apart by words.
        Assert.Equal("xīnzhì shēngchǎnlì", Language.Converter.WordPinyin("新质生产力"));
        Assert.Equal("chuàngxīn qūdòng fāzhǎn", Language.Converter.WordPinyin("创新驱动发展"));
    }

    [Fact]
    public void A_short_token_stays_together()
    {
        Assert.Equal("gāoshuǐpíng", Language.Converter.WordPinyin("高水平"));
    }
}

public sealed class NamesInContextTests
{
    [Fact]
    public void A_word_that_is_also_a_place_is_the_place_in_a_list_of_places()
    {
        // jieba tags 日照 a common noun; beside 济南 in a list it is the city.
        Assert.Equal("láidào | Rìzhào | Jǐnán", Read.Words("来到日照、济南"));
        Assert.Equal("rìzhào | chōngzú", Read.Words("日照充足"));
    }

    [Fact]
    public void An_organisation_named_after_a_name_is_capitalised()
    {
        // 京东方 (BOE, nz) is not in CC-CEDICT; it begins with 京东, which CC-CEDICT knows only as a name.
        Assert.Equal("Jīngdōngfāng", Read.Words("京东方"));
    }

    [Fact]
    public void Segmentation_corrections_for_news_text()
    {
        Assert.Equal("zǒu | zài | qián | kāi | xīnjú", Read.Words("走在前、开新局"));
        Assert.StartsWith("shàng | yǒng", Read.Words("上勇争先"));
        Assert.Equal("jíqún | huà | fāzhǎn", Read.Words("集群化发展"));
        Assert.Equal("fúwùjú | júzhǎng", Read.Words("服务局局长"));
        // jieba's place-name tag on 广大干部 capitalised it.
        Assert.Equal("guǎngdà gànbù", Read.Words("广大干部"));
    }
}
