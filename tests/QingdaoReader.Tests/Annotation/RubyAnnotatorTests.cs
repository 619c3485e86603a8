using AngleSharp.Dom;
using QingdaoReader.Annotation;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Annotation;

public class RubyAnnotatorTests
{
    private static RubyAnnotator Annotator(IWordReader reader, params GlossaryEntry[] glossary) =>
        new(reader, new GlossaryMatcher(glossary), e => "../../glossary/#" + e.Id);

    private static readonly FakeWordReader Reader = new(("青岛", "qīng dǎo"), ("发展", "fā zhǎn"), ("3D打印", "dǎ yìn"));

    [Fact]
    public void Each_word_gets_one_ruby_with_its_characters_together_and_one_rt_of_its_syllables()
    {
        var body = Html.Body("<p>青岛发展。</p>");
        Annotator(Reader).Annotate(body);
        var words = body.QuerySelectorAll("span.w");
        Assert.Equal(2, words.Length);
        var qingdao = words[0];
        // The word's pinyin is its syllables together here, so the page leaves it to reader.js.
        Assert.Null(qingdao.GetAttribute("data-py"));
        Assert.Equal("qīngdǎo", Html.WordPinyin(qingdao));
        var ruby = qingdao.QuerySelector("ruby")!;
        var rt = Assert.Single(ruby.QuerySelectorAll("rt"));
        Assert.Equal("qīng<wbr>dǎo", rt.InnerHtml);
        Assert.Equal(["qīng", "dǎo"], Html.Syllables(ruby).Select(s => s.TextContent).ToArray());
        Assert.Equal(["青岛"], ruby.ChildNodes.OfType<IText>().Select(t => t.Data).ToArray());
        // A one-syllable word's rt holds the syllable itself.
        var one = Html.Body("<p>发</p>");
        Annotator(new FakeWordReader(("发", "fā"))).Annotate(one);
        Assert.Equal("<ruby>发<rt>fā</rt></ruby>", one.QuerySelector("span.w")!.InnerHtml);
    }

    [Fact]
    public void Adjacent_words_are_separated_by_a_line_break_opportunity_and_punctuation_is_not()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var body = Html.Body("<p>青岛青岛发展，青岛</p>");
        Annotator(Reader, entry).Annotate(body);
        var p = body.QuerySelector("p")!;
        // word, wbr, word, wbr, term link, text "，", word: a <wbr> only where two words touch.
        Assert.Equal(["span", "wbr", "span", "wbr", "a", "#text", "span"],
            p.ChildNodes.Select(n => n is IElement e ? e.LocalName : n.NodeName).ToArray());
    }

    [Fact]
    public void Punctuation_latin_and_digits_pass_through_outside_ruby()
    {
        var body = Html.Body("<p>2024年，AI发展。</p>");
        Annotator(Reader).Annotate(body);
        foreach (var syllable in Html.Syllables(body))
            Assert.Single(syllable.TextContent.Split(' '));
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
        Annotator(Reader).Annotate(body);
        Assert.Equal(before, RubyAnnotator.PlainText(body));
    }

    [Fact]
    public void Code_pre_and_english_blocks_are_not_annotated()
    {
        var body = Html.Body("<pre>青岛</pre><p><code>发展</code></p><div class=\"en\" lang=\"en\"><p>青岛 in English</p></div><p>发展</p>");
        Annotator(Reader).Annotate(body);
        Assert.Empty(body.QuerySelectorAll("pre ruby, code ruby, [lang=en] ruby"));
        Assert.Single(body.QuerySelectorAll("p > span.w"));
    }

    [Fact]
    public void No_whitespace_is_put_inside_ruby()
    {
        var body = Html.Body("<p>青岛发展</p>");
        Annotator(Reader).Annotate(body);
        foreach (var ruby in body.QuerySelectorAll("ruby"))
            Assert.All(ruby.ChildNodes.OfType<IText>(), t => Assert.False(string.IsNullOrWhiteSpace(t.Data)));
        var allText = body.QuerySelector("p")!.Descendants<IText>().Select(t => t.Data);
        Assert.All(allText, t => Assert.DoesNotContain(" ", t));
    }

    [Fact]
    public void A_different_spoken_tone_is_carried_on_its_syllable()
    {
        var reader = new SpokenReader();
        var body = Html.Body("<p>一样</p>");
        Annotator(reader).Annotate(body);
        var rts = Html.Syllables(body).ToList();
        Assert.Equal("yī", rts[0].TextContent);
        Assert.Equal("yí", Assert.IsAssignableFrom<IElement>(rts[0]).GetAttribute("data-spoken"));
        Assert.Equal("yàng", Assert.IsAssignableFrom<IText>(rts[1]).Data);
        Assert.Equal("<span data-spoken=\"yí\">yī</span>yàng", body.QuerySelector("rt")!.InnerHtml);
    }

    private sealed class SpokenReader : IWordReader
    {
        public IReadOnlyList<QingdaoReader.Chinese.WordReading> Read(string text) =>
            [new(text, "x", ["yī", "yàng"], ["yí", "yàng"], "yīyàng")];
    }

    [Fact]
    public void Glossary_terms_become_links_to_the_glossary_with_their_words_inside()
    {
        var entry = new GlossaryEntry { Term = "走在前、开新局", English = "take the lead and break new ground" };
        var body = Html.Body("<div class=\"para\" id=\"p-1\"><p>锚定“走在前、开新局”。</p></div>");
        var found = Annotator(Reader, entry).Annotate(body);
        var link = body.QuerySelector("a.term")!;
        Assert.Equal("../../glossary/#" + entry.Id, link.GetAttribute("href"));
        Assert.Equal("走在前、开新局", RubyAnnotator.PlainText(link));
        Assert.NotEmpty(link.QuerySelectorAll("span.w ruby"));
        Assert.Equal("p-1", Assert.Single(found).AnchorId);
    }

    [Fact]
    public void A_term_inside_an_existing_link_is_not_linked_again()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var body = Html.Body("<p><a href=\"x\">发展</a></p>");
        Annotator(Reader, entry).Annotate(body);
        Assert.Empty(body.QuerySelectorAll("a a"));
        Assert.Single(body.QuerySelectorAll("a"));
    }
}
