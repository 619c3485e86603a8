using QingdaoReader.Chinese;

namespace QingdaoReader.Tests.Chinese;

public sealed class PinyinOverridesTests
{
    private static PinyinOverrides Parse(string content) => Read.Language.ParseOverrides(content, "overrides.txt");

    [Fact]
    public void Override_wins_over_dictionary_and_rules()
    {
        var overrides = Parse("# teacher's fixes\n银行: yín xíng\n");
        Assert.Equal("yín xíng", Read.Syllables("银行", overrides));
    }

    [Fact]
    public void Accepts_joined_spaced_and_numbered_pinyin()
    {
        var overrides = Parse("重庆: Chóngqìng\n西安: Xī'ān\n行长: hang2 zhang3\n长大: zhǎng dà # comment\n");
        Assert.Equal(["chóng", "qìng"], overrides.Entries.Single(e => e.Word == "重庆").Syllables);
        Assert.Equal(["xī", "ān"], overrides.Entries.Single(e => e.Word == "西安").Syllables);
        Assert.Equal(["háng", "zhǎng"], overrides.Entries.Single(e => e.Word == "行长").Syllables);
        Assert.Equal("Chóngqìng", overrides.Entries.Single(e => e.Word == "重庆").Pinyin);
    }

    [Fact]
    public void Override_capitalisation_reaches_the_word_pinyin()
    {
        var overrides = Parse("大川: Dàchuān\n");
        Assert.Contains("Dàchuān", Read.Words("看大川", overrides));
    }

    [Fact]
    public void Phrase_override_spans_tokens_and_the_longer_one_wins()
    {
        var overrides = Parse("长: zhǎng\n长城: Chángchéng\n");
        Assert.Equal("cháng chéng", Read.Syllables("长城", overrides));
        Assert.Equal("zhǎng", Read.Syllables("长", overrides));
    }

    [Fact]
    public void Overridden_yi_is_not_changed_by_sandhi()
    {
        var overrides = Parse("一个: yī gè\n");
        Assert.Equal("yī gè", string.Join(' ', Read.Language.Read("一个", overrides).SelectMany(w => w.SpokenSyllables)));
    }

    [Fact]
    public void Reports_overrides_that_matched_nothing()
    {
        var overrides = Parse("重庆: Chóngqìng\n上海: Shànghǎi\n");
        Read.Language.Read("我去重庆", overrides);
        var unmatched = Assert.Single(overrides.Unmatched());
        Assert.Equal("上海", unmatched.Word);
        Assert.Equal(2, unmatched.Line);
        Assert.Equal("overrides.txt", unmatched.Source);
    }

    [Fact]
    public void A_later_set_wins_for_the_same_word()
    {
        var site = Parse("银行: yín xíng\n");
        var reading = Read.Language.ParseOverrides("银行: yín háng\n", "reading.txt");
        var combined = PinyinOverrides.Combine(site, reading);
        Assert.Equal("reading.txt", Assert.Single(combined.Entries).Source);
    }

    [Theory]
    [InlineData("重庆 Chóngqìng", "overrides.txt(1,1): error: expected 'word: pinyin'")]
    [InlineData("重庆: Chóng", "has 1 syllables but '重庆' has 2 Chinese characters")]
    [InlineData("\n重庆: xyzzy", "overrides.txt(2,5): error: 'xyzzy' is not pinyin")]
    [InlineData("abc: a", "has no Chinese character")]
    public void Malformed_lines_name_the_file_and_line(string content, string expected)
    {
        var error = Assert.Throws<QingdaoReader.Diagnostics.UserError>(() => Parse(content));
        Assert.Contains(expected, error.Format());
    }
}
