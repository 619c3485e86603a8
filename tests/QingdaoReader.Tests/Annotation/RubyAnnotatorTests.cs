using AngleSharp.Dom;
using QingdaoReader.Annotation;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Annotation;

public class RubyAnnotatorTests
{
    // The annotator's records written as the page's HTML by the Render stage, in place of the body's content.
    private static AnnotatedContent Annotate(IElement body, IWordReader reader, params GlossaryEntry[] glossary) =>
        Html.Annotate(body, reader, new GlossaryMatcher(glossary), "../../glossary/");

    private static readonly FakeWordReader Reader = new(("青岛", "qīng dǎo"), ("发展", "fā zhǎn"), ("3D打印", "dǎ yìn"));

    [Fact]
    public void Each_word_gets_one_ruby_with_its_characters_together_and_one_rt_of_its_syllables()
    {
        var body = Html.Body("<p>青岛发展。</p>");
        Annotate(body, Reader);
        // A word is its ruby: no wrapper, no data-py (the rt's text is the word's pinyin).
        var words = body.QuerySelectorAll("p > ruby");
        Assert.Equal(2, words.Length);
        var ruby = words[0];
        Assert.Null(ruby.GetAttribute("data-py"));
        Assert.Equal("qīngdǎo", Html.WordPinyin(ruby));
        var rt = Assert.Single(ruby.QuerySelectorAll("rt"));
        Assert.Equal("qīng\u2060dǎo", rt.InnerHtml);
        Assert.Equal(["qīng", "dǎo"], Html.Syllables(ruby).ToArray());
        Assert.Equal(["青岛"], ruby.ChildNodes.OfType<IText>().Select(t => t.Data).ToArray());
        // A one-syllable word's rt holds the syllable itself.
        var one = Html.Body("<p>发</p>");
        Annotate(one, new FakeWordReader(("发", "fā")));
        Assert.Equal("<ruby>发<rt>fā</rt></ruby>", one.QuerySelector("p")!.InnerHtml);
    }

    [Fact]
    public void Adjacent_words_are_separated_by_a_line_break_opportunity_and_punctuation_is_not()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var body = Html.Body("<p>青岛青岛发展，青岛</p>");
        Annotate(body, Reader, entry);
        var p = body.QuerySelector("p")!;
        // word, wbr, word, wbr, term link, text "，", word: a <wbr> only where two words touch.
        Assert.Equal(["ruby", "wbr", "ruby", "wbr", "a", "#text", "ruby"],
            p.ChildNodes.Select(n => n is IElement e ? e.LocalName : n.NodeName).ToArray());
    }

    [Fact]
    public void Punctuation_latin_and_digits_pass_through_outside_ruby()
    {
        var body = Html.Body("<p>2024年，AI发展。</p>");
        Annotate(body, Reader);
        var rubyText = string.Concat(body.QuerySelectorAll("ruby").Select(r => RubyAnnotator.PlainText(r)));
        Assert.DoesNotContain("2024", rubyText);
        Assert.DoesNotContain("，", rubyText);
        Assert.DoesNotContain("AI", rubyText);
    }

    [Fact]
    public void Removing_the_annotation_gives_back_the_original_text()
    {
        const string original = "<p>青岛发展3D打印，“高新区”（2024年）and <em>发展</em>。</p><ul><li>发展</li></ul>";
        var body = Html.Body(original);
        var before = body.TextContent;
        Annotate(body, Reader);
        Assert.Equal(before, RubyAnnotator.PlainText(body));
    }

    [Fact]
    public void Code_pre_and_english_blocks_are_not_annotated()
    {
        var body = Html.Body("<pre>青岛</pre><p><code>发展</code></p><div class=\"en\" lang=\"en\"><p>青岛 in English</p></div><p>发展</p>");
        Annotate(body, Reader);
        Assert.Empty(body.QuerySelectorAll("pre ruby, code ruby, [lang=en] ruby"));
        Assert.Single(body.QuerySelectorAll("p > ruby"));
    }

    [Fact]
    public void No_whitespace_is_put_inside_ruby()
    {
        var body = Html.Body("<p>青岛发展</p>");
        Annotate(body, Reader);
        foreach (var ruby in body.QuerySelectorAll("ruby"))
            Assert.All(ruby.ChildNodes.OfType<IText>(), t => Assert.False(string.IsNullOrWhiteSpace(t.Data)));
        // Outside the pinyin (where a space parts the words of a long term), no whitespace at all.
        var allText = body.QuerySelector("p")!.Descendants<IText>().Where(t => t.ParentElement?.LocalName != "rt").Select(t => t.Data);
        Assert.All(allText, t => Assert.DoesNotContain(" ", t));
    }

    [Fact]
    public void A_different_spoken_tone_is_carried_on_its_syllable()
    {
        var reader = new SpokenReader();
        var body = Html.Body("<p>一样</p>");
        Annotate(body, reader);
        var rts = body.QuerySelector("rt")!.ChildNodes.ToList();
        Assert.Equal("yī", rts[0].TextContent);
        Assert.Equal("yí", Assert.IsAssignableFrom<IElement>(rts[0]).GetAttribute("data-spoken"));
        Assert.Equal("yàng", Assert.IsAssignableFrom<IText>(rts[1]).Data);
        Assert.Equal("<span data-spoken=\"yí\">yī</span>yàng", body.QuerySelector("rt")!.InnerHtml);
    }

    [Theory]
    [InlineData("习近平", "xí jìn píng", "Xí Jìnpíng", "Xí Jìn\u2060píng")]
    [InlineData("工作汇报", "gōng zuò huì bào", "gōngzuò huìbào", "gōng\u2060zuò huì\u2060bào")]
    [InlineData("西安", "xī ān", "Xī'ān", "Xī\u2060'ān")]
    [InlineData("长沙", "cháng shā", "Chángshā", "Cháng\u2060shā")]
    public void The_pinyin_over_a_word_is_written_as_pinyin_writes_words(string word, string syllables, string wordPinyin, string rt)
    {
        var reader = new OneWordReader(word, syllables.Split(' '), wordPinyin);
        var body = Html.Body($"<p>{word}</p>");
        Annotate(body, reader);
        var ruby = Assert.Single(body.QuerySelectorAll("ruby"));
        Assert.Equal(rt, ruby.QuerySelector("rt")!.InnerHtml);
        Assert.Equal(wordPinyin, Html.WordPinyin(ruby));
        Assert.Equal(word, RubyAnnotator.PlainText(body));
    }

    [Fact]
    public void A_long_term_of_several_words_is_set_word_by_word_inside_its_ruby()
    {
        var body = Html.Body("<p>全面深化改革</p>");
        Annotate(body, new OneWordReader("全面深化改革", "quán miàn shēn huà gǎi gé".Split(' '), "quánmiàn shēnhuà gǎigé"));
        var ruby = Assert.Single(body.QuerySelectorAll("ruby"));
        Assert.Equal("long", ruby.ClassName);
        Assert.Equal("<span>全面</span><rt>quán\u2060miàn</rt><span>深化</span><rt>shēn\u2060huà</rt><span>改革</span><rt>gǎi\u2060gé</rt>", ruby.InnerHtml);
        Assert.Equal("quánmiàn shēnhuà gǎigé", Html.WordPinyin(ruby));
        Assert.Equal("全面深化改革", RubyAnnotator.PlainText(body));
    }

    [Fact]
    public void A_glossary_terms_own_pinyin_is_the_one_shown()
    {
        var entry = new GlossaryEntry { Term = "总书记", English = "General Secretary", Pinyin = "zǒngshūjì" };
        var body = Html.Body("<p>总书记</p>");
        Annotate(body, new OneWordReader("总书记", ["zǒng", "shū", "ji"], "zǒngshūji"), entry);
        // Other tones: still one syllable each, for the tone colours.
        Assert.Equal("zǒng\u2060shū\u2060jì", body.QuerySelector("rt")!.InnerHtml);
        var other = new GlossaryEntry { Term = "总书记", English = "General Secretary", Pinyin = "zǒng shūjī" };
        body = Html.Body("<p>总书记</p>");
        Annotate(body, new OneWordReader("总书记", ["zǒng", "shū", "ji"], "zǒngshūji"), other);
        Assert.Equal("zǒng shū\u2060jī", body.QuerySelector("rt")!.InnerHtml);
        // Other letters than the engine read: the term's pinyin as written.
        var renamed = new GlossaryEntry { Term = "总书记", English = "General Secretary", Pinyin = "zhǔxí" };
        body = Html.Body("<p>总书记</p>");
        Annotate(body, new OneWordReader("总书记", ["zǒng", "shū", "ji"], "zǒngshūji"), renamed);
        Assert.Equal("zhǔxí", body.QuerySelector("rt")!.InnerHtml);
    }

    private sealed class OneWordReader(string word, string[] syllables, string wordPinyin) : IWordReader
    {
        public IReadOnlyList<QingdaoReader.Chinese.PronouncedWord> Read(string text) =>
            text == word ? [new(text, "n", syllables, syllables, wordPinyin)] : throw new ArgumentException(text);
    }

    private sealed class SpokenReader : IWordReader
    {
        public IReadOnlyList<QingdaoReader.Chinese.PronouncedWord> Read(string text) =>
            [new(text, "x", ["yī", "yàng"], ["yí", "yàng"], "yīyàng")];
    }

    [Fact]
    public void Glossary_terms_become_links_to_the_glossary_with_their_words_inside()
    {
        var entry = new GlossaryEntry { Term = "走在前、开新局", English = "take the lead and break new ground" };
        var body = Html.Body("<div class=\"para\" id=\"p-1\"><p>锚定“走在前、开新局”。</p></div>");
        var found = Annotate(body, Reader, entry);
        var link = body.QuerySelector("a.term")!;
        Assert.Equal("../../glossary/#" + entry.Id, link.GetAttribute("href"));
        Assert.Equal("走在前、开新局", RubyAnnotator.PlainText(link));
        Assert.NotEmpty(link.QuerySelectorAll("ruby"));
        Assert.Equal("p-1", Assert.Single(found.Terms).AnchorId);
    }

    [Fact]
    public void A_term_inside_an_existing_link_is_not_linked_again()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var body = Html.Body("<p><a href=\"x\">发展</a></p>");
        Annotate(body, Reader, entry);
        Assert.Empty(body.QuerySelectorAll("a a"));
        Assert.Single(body.QuerySelectorAll("a"));
    }
}
