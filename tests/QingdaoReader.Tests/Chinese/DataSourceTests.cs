using QingdaoReader.Chinese;
using Xunit.Abstractions;

namespace QingdaoReader.Tests.Chinese;

/// <summary>Each data source reaches the engine: CC-CEDICT words and senses, Unihan characters, jieba ranks.</summary>
public sealed class DataSourceTests(ITestOutputHelper output)
{
    [Fact]
    public void Embedded_data_loads_completely()
    {
        // Load time is a benchmark figure (PinyinBenchmarks.LoadEngineData), not asserted here: a busy machine made it flaky.
        var language = ChineseLanguage.Load();
        output.WriteLine($"engine data load: {language.DataLoadTime.TotalMilliseconds:F0} ms, {language.WordCount} words, {language.CharacterCount} characters");
        Assert.True(language.WordCount > 100_000);
        Assert.True(language.CharacterCount > 30_000);
        Assert.NotNull(language.Model);
        Assert.True(language.Model!.IsPolyphone('为'));
    }

    [Theory]
    [InlineData("银行", "yín háng")]  // CC-CEDICT word: 行 háng
    [InlineData("行走", "xíng zǒu")]  // CC-CEDICT word: 行 xíng
    [InlineData("重要", "zhòng yào")]
    [InlineData("重新", "chóng xīn")]
    [InlineData("长城", "cháng chéng")]
    [InlineData("长大", "zhǎng dà")]
    [InlineData("音乐", "yīn yuè")]
    [InlineData("快乐", "kuài lè")]
    public void Cedict_word_readings(string text, string expected) => Assert.Equal(expected, Read.Syllables(text));

    [Fact]
    public void Cedict_proper_nouns_keep_their_capitalisation()
    {
        Assert.Equal("Chóngqìng", Read.Words("重庆"));
        Assert.Equal("Qīngdǎo", Read.Words("青岛"));
        Assert.Equal("Xī'ān", Read.Words("西安"));
        Assert.Equal("Jǐnán", Read.Words("济南"));
    }

    [Fact]
    public void Months_are_not_capitalised_although_cedict_does()
    {
        Assert.Equal("yīyuè", Read.Language.Lookup("一月")!.Pinyin);
    }

    [Theory]
    [InlineData("行", "xíng")]  // Unihan kHanyuPinlu: xíng(2943) háng(218)
    [InlineData("西", "xī")]    // the neutral xi of 东西 does not make lone 西 neutral
    [InlineData("诉", "sù")]
    [InlineData("们", "men")]   // CC-CEDICT lists 们 men5 on its own
    public void Unihan_most_frequent_reading_for_a_lone_character(string text, string expected) =>
        Assert.Equal(expected, Read.Syllables(text));

    [Fact]
    public void Lookup_gives_pinyin_definitions_and_rank()
    {
        var bank = Read.Language.Lookup("银行")!;
        Assert.Equal("yínháng", bank.Pinyin);
        Assert.Contains("bank", bank.Definitions);
        var common = Read.Language.Lookup("的")!;
        Assert.True(common.DifficultyRank < bank.DifficultyRank, "的 is more frequent than 银行 in jieba's counts");
        Assert.True(bank.DifficultyRank < Read.Language.Lookup("锚定")!.DifficultyRank);
    }

    [Fact]
    public void Lookup_lists_every_reading_preferred_first()
    {
        var chang = Read.Language.Lookup("长")!;
        Assert.Contains(chang.Definitions, d => d.StartsWith("[cháng]", StringComparison.Ordinal) || d.StartsWith("[zhǎng]", StringComparison.Ordinal));
    }

    [Fact]
    public void Lookup_of_an_unknown_word_composes_its_pinyin()
    {
        var entry = Read.Language.Lookup("链长制")!;
        Assert.Empty(entry.Definitions);
        Assert.Equal(int.MaxValue, entry.DifficultyRank);
        Assert.False(string.IsNullOrEmpty(entry.Pinyin));
        Assert.Null(Read.Language.Lookup("abc"));
    }

    [Fact]
    public void Cedict_readings_with_more_senses_win()
    {
        Assert.Equal("gào su", Read.Syllables("告诉"));
        Assert.Equal("pián yi", Read.Syllables("便宜"));
    }
}
