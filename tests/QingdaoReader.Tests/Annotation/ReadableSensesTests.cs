using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Annotation;

/// <summary>Dictionary entries as a learner reads them, from CC-CEDICT lines as the lexicon gives them.</summary>
public class ReadableSensesTests
{
    // Definitions as Lexicon.Definitions returns them (a non-preferred reading's senses prefixed with its pinyin).
    private static readonly Dictionary<string, string[]> Cedict = new()
    {
        ["青岛"] = ["see 青島市|青岛市[Qing1 dao3 Shi4]"],
        ["青岛市"] = ["Qingdao, subprovincial city in Shandong"],
        ["标识"] = ["variant of 標誌|标志[biao1 zhi4]"],
        ["标志"] = ["sign; mark; symbol; logo", "to symbolize; to indicate; to mark"],
        ["日照"] = ["sunshine", "[Rì zhào] see 日照市[Ri4 zhao4 Shi4]"],
        ["日照市"] = ["Rizhao, prefecture-level city in Shandong"],
        ["山东"] = ["abbr. for 山東省|山东省[Shan1 dong1 Sheng3]"],
        ["和"] = ["old variant of 和[he2]", "(joining two nouns) and; together with; with (Taiwan pr. [han4])", "(math.) sum", "harmony"],
        ["个"] = ["individual; this; that; size", "CL:個|个[ge4]", "variant of 個|个[ge4]"],
        ["企"] = ["to stand on tiptoe", "abbr. for 企業|企业[qi3 ye4]", "Taiwan pr. [qi4]"],
        ["家电"] = ["household electric appliance; abbr. for 家用電器|家用电器"],
        ["甲"] = ["see 乙[yi3]"],
        ["乙"] = ["see 甲[jia3]"],
        ["上"] = ["on; on top; upon", "first (of two parts)", "previous or last (week etc)"],
        ["勇"] = ["brave"],
        ["争先"] = ["to compete to be first"],
        ["重要"] = ["important; significant; major"],
        ["讲话"] = ["a speech", "to speak; to talk; to address"],
        ["讲"] = ["to speak; to explain"],
    };

    private static DictionaryEntry? Lookup(string word) =>
        ChineseScript.ContainsHan(word)
            ? new DictionaryEntry(word, "py-" + word, Cedict.TryGetValue(word, out var d) ? d : [], int.MaxValue)
            : null;

    private static readonly ReadableSenses Senses = new(Lookup);

    [Fact]
    public void See_and_variant_of_are_replaced_by_the_senses_they_point_to()
    {
        Assert.Equal(["Qingdao, subprovincial city in Shandong"], Senses.Of(Cedict["青岛"]));
        Assert.Equal(["sign; mark; symbol; logo", "to symbolize; to indicate; to mark"], Senses.Of(Cedict["标识"]));
    }

    [Fact]
    public void A_pointer_of_another_reading_keeps_that_reading_in_tone_marks()
    {
        Assert.Equal(["sunshine", "Rìzhào: Rizhao, prefecture-level city in Shandong"], Senses.Of(Cedict["日照"]));
    }

    [Fact]
    public void Other_references_are_written_as_the_simplified_form_with_tone_marked_pinyin()
    {
        Assert.Equal(["abbr. for 山东省 (Shāndōng Shěng)"], Senses.Of(Cedict["山东"]));
        // 个 "variant of 个" points at itself: dropped.
        Assert.Equal(["individual; this; that; size", "CL:个 (gè)"], Senses.Of(Cedict["个"], "个"));
        Assert.Equal(["to stand on tiptoe", "abbr. for 企业 (qǐyè)"], Senses.Of(Cedict["企"], "企"));
        Assert.Equal(["household electric appliance; abbr. for 家用电器"], Senses.Of(Cedict["家电"], "家电"));
        Assert.Equal("Qīngdǎo Shì", ReadableSenses.NumberedToMarks("Qing1 dao3 Shi4"));
        Assert.Equal("lǜ", ReadableSenses.NumberedToMarks("lu:4"));
    }

    [Fact]
    public void Pointers_that_loop_stop_and_unresolved_ones_are_still_readable()
    {
        var senses = Senses.Of(Cedict["甲"]);
        Assert.NotEmpty(senses);
        Assert.All(senses, s => Assert.DoesNotMatch(@"\[|\|", s));
        Assert.Equal(["see 青岛市 (Qīngdǎo Shì)"], new ReadableSenses(_ => null).Of(Cedict["青岛"]));
    }

    [Fact]
    public void Real_senses_come_before_cross_references_and_pronunciation_notes_go()
    {
        var senses = new ReadableSenses(_ => null).Of(Cedict["和"]);
        Assert.Equal(["(joining two nouns) and; together with; with", "(math.) sum", "harmony"], senses);
    }

    [Fact]
    public void Long_senses_are_cut_with_an_ellipsis()
    {
        var s = Assert.Single(Senses.Of([new string('a', 200)]));
        Assert.Equal(ReadableSenses.MaxSenseLength, s.Length);
        Assert.EndsWith("…", s);
    }

    [Fact]
    public void A_word_the_dictionary_lacks_is_given_its_longest_dictionary_parts_down_to_characters()
    {
        var parts = Senses.PartsOf("上勇争先");
        Assert.Equal(["上", "勇", "争先"], parts);
        Assert.Equal(["重要", "讲话"], Senses.PartsOf("重要讲话"));
        // A word in the dictionary, or a single character, has no parts.
        Assert.Empty(Senses.PartsOf("重要"));
        Assert.Empty(Senses.PartsOf("勇"));
    }
}
