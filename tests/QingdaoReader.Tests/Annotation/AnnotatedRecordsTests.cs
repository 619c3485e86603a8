using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Annotation;

/// <summary>What the Annotate stage gives: records of words, their readings and their terms, before any HTML.</summary>
public class AnnotatedRecordsTests
{
    private static readonly FakeWordReader Reader = new(("青岛", "qīng dǎo"), ("发展", "fā zhǎn"));

    private static AnnotatedContent Annotate(string html, IWordReader reader, params GlossaryEntry[] glossary) =>
        new RubyAnnotator(reader, new GlossaryMatcher(glossary)).Annotate(Html.Body(html));

    private static string Describe(InlinePiece piece) => piece switch
    {
        MarkupStart s => "<" + s.Element.LocalName,
        MarkupEnd e => e.Element.LocalName + ">",
        AnnotatedWord w => "word " + w.Text,
        UnannotatedText t => "text " + t.Text,
        TermLink l => "term " + l.Occurrence.Entry.Term,
        MarkupComment c => "comment " + c.Text,
        _ => piece.GetType().Name,
    };

    [Fact]
    public void A_sentence_with_a_term_gives_its_words_with_readings_and_the_terms_words_grouped()
    {
        var entry = new GlossaryEntry { Term = "走在前、开新局", English = "take the lead and break new ground" };
        var content = Annotate("<div class=\"para\" id=\"p-1\"><p>青岛发展，走在前、开新局。</p></div>", Reader, entry);

        Assert.Equal(["<div", "<p", "word 青岛", "word 发展", "text ，", "term 走在前、开新局", "text 。", "p>", "div>"],
            content.Pieces.Select(Describe).ToArray());
        var qingdao = Assert.IsType<AnnotatedWord>(content.Pieces[2]);
        Assert.Equal(new string?[] { "qīng", "dǎo" }, qingdao.Reading.Syllables);
        Assert.Equal("qīngdǎo", qingdao.Pinyin);
        Assert.Null(qingdao.Term);
        Assert.Equal("p-1", qingdao.AnchorId);

        var link = Assert.IsType<TermLink>(content.Pieces[5]);
        Assert.Equal(new TermOccurrence(entry, "p-1"), link.Occurrence);
        Assert.Equal(["word 走", "word 在", "word 前", "text 、", "word 开", "word 新", "word 局"], link.Content.Select(Describe).ToArray());
        Assert.All(link.Content.OfType<AnnotatedWord>(), w => Assert.Same(entry, w.Term));

        // What the compiler takes from the records: every word in order (the term's too), the terms, the Han count.
        Assert.Equal(["青岛", "发展", "走", "在", "前", "开", "新", "局"], content.Words.Select(w => w.Text).ToArray());
        Assert.Equal([new TermOccurrence(entry, "p-1")], content.Terms.ToArray());
        Assert.Equal(10, content.HanCount);
    }

    [Fact]
    public void The_records_texts_in_order_are_the_contents_text()
    {
        var body = Html.Body("<p>2024年，青岛<em>发展</em>3D打印<!--x--></p><pre>青岛</pre>");
        var content = new RubyAnnotator(Reader, new GlossaryMatcher([])).Annotate(body);
        static IEnumerable<string> Texts(IEnumerable<InlinePiece> pieces) => pieces.SelectMany(p => p switch
        {
            AnnotatedWord w => [w.Text],
            UnannotatedText t => [t.Text],
            TermLink l => Texts(l.Content),
            _ => [],
        });
        Assert.Equal(body.TextContent, string.Concat(Texts(content.Pieces)));
    }

    [Fact]
    public void A_one_word_terms_own_pinyin_is_the_pinyin_shown_and_the_engines_reading_is_kept()
    {
        var entry = new GlossaryEntry { Term = "青岛", English = "Qingdao", Pinyin = "Qīngdǎo" };
        var content = Annotate("<h2 id=\"h\">青岛</h2>", Reader, entry);
        var word = Assert.Single(content.Words);
        Assert.Equal("Qīngdǎo", word.Pinyin);
        Assert.Equal("qīngdǎo", word.Reading.WordPinyin);
        Assert.Equal("h", word.AnchorId);
        Assert.Equal("h", Assert.Single(content.Terms).AnchorId);
    }

    [Fact]
    public void Code_english_and_text_inside_a_link_get_no_reading_or_no_term()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var content = Annotate("<p><code>发展</code><span lang=\"en\">发展</span><a href=\"x\">发展</a></p>", Reader, entry);
        // Only the link's text is read, and it is not linked again.
        var word = Assert.Single(content.Words);
        Assert.Null(word.Term);
        Assert.Empty(content.Terms);
        Assert.Equal(2, content.Pieces.OfType<UnannotatedText>().Count(t => t.Text == "发展"));
    }
}
