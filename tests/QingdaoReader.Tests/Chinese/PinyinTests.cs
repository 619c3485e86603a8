using QingdaoReader.Content;
using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Chinese;

public sealed class PinyinTests
{
    [Theory]
    [InlineData("xing2", "xíng")]
    [InlineData("Xi1", "Xī")]
    [InlineData("lu:4", "lǜ")]
    [InlineData("nu:3", "nǚ")]
    [InlineData("lve4", "lüè")]
    [InlineData("de5", "de")]
    [InlineData("gou3", "gǒu")]
    [InlineData("gui4", "guì")]
    [InlineData("liu2", "liú")]
    [InlineData("r5", "r")]
    [InlineData("m2", "ḿ")]
    [InlineData("ng3", "ňg")]
    [InlineData("TV", "TV")]     // a Latin token without a tone passes through
    public void Numbered_syllables_get_tone_marks_on_the_right_vowel(string numbered, string marked) =>
        Assert.Equal(marked, Pinyin.FromNumbered(numbered));

    [Theory]
    [InlineData("lǜ", "lu:4")]
    [InlineData("de", "de5")]
    [InlineData("Xī", "Xi1")]
    public void Tone_marks_convert_back_to_numbers(string marked, string numbered) =>
        Assert.Equal(numbered, Pinyin.ToNumbered(marked));

    [Theory]
    [InlineData("yī", 1)]
    [InlineData("yí", 2)]
    [InlineData("nǚ", 3)]
    [InlineData("bù", 4)]
    [InlineData("de", 5)]
    [InlineData("ń", 2)]
    public void Tone_of_a_syllable(string syllable, int tone) => Assert.Equal(tone, Pinyin.ToneOf(syllable));

    [Fact]
    public void Apostrophe_goes_before_a_non_initial_a_o_e_syllable()
    {
        Assert.Equal("Xī'ān", Pinyin.JoinWord(["xī", "ān"], [true, false], false));
        Assert.Equal("hǎi'àn", Pinyin.JoinWord(["hǎi", "àn"], null, false));
        Assert.Equal("tiān'é", Pinyin.JoinWord(["tiān", "é"], null, false));
        Assert.Equal("ǒu'ěr", Pinyin.JoinWord(["ǒu", "ěr"], null, false));
        Assert.Equal("xiān", Pinyin.JoinWord(["xiān"], null, false));
        Assert.Equal("yínháng", Pinyin.JoinWord(["yín", "háng"], null, false));
    }

    [Fact]
    public void Name_parts_are_capitalised_and_separated()
    {
        Assert.Equal("Liú Dàchuān", Pinyin.JoinWord(["liú", "dà", "chuān"], [true, true, false], false));
        Assert.Equal("Ōuyáng Xiū", Pinyin.JoinWord(["ōu", "yáng", "xiū"], [true, false, true], false));
    }

    [Fact]
    public void Non_han_runes_are_skipped_when_joining()
    {
        Assert.Equal("kǎlā", Pinyin.JoinWord(["kǎ", "lā", null], null, false));
    }

    [Theory]
    [InlineData(0x4E2D, true)]   // 中
    [InlineData(0x3007, true)]   // 〇
    [InlineData(0x20000, true)]  // 𠀀 (Extension B)
    [InlineData('A', false)]
    [InlineData(0xFF0C, false)]  // ，
    public void Han_detection(int codePoint, bool isHan) => Assert.Equal(isHan, ChineseScript.IsHan(codePoint));

    [Theory]
    [InlineData("lǜ")]
    [InlineData("Lǚ")]
    [InlineData("nǘ")]
    [InlineData("xíng")]
    [InlineData("de")]
    [InlineData("ḿ")]
    [InlineData("ňg")]
    [InlineData("ǹ")]
    [InlineData("shuō")]
    public void Every_tone_decoder_reads_the_same_tone(string syllable)
    {
        var tone = Pinyin.ToneOf(syllable);
        Assert.Equal(tone, Pinyin.ToNumbered(syllable)[^1] - '0');
        Assert.Equal(tone, Pinyin.SplitTone(syllable).Tone);
        Assert.Equal(tone.ToString(), QingdaoReader.Rendering.PinyinOrder.Key(syllable).Split('|')[1]);
        Assert.Equal(syllable, Pinyin.FromNumbered(Pinyin.ToNumbered(syllable)));
    }
}
