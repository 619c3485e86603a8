using AngleSharp.Dom;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Glossary;
using QingdaoReader.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Rendering;

/// <summary>The Render stage alone: annotated records made by hand, written as the page's HTML.</summary>
public class AnnotatedHtmlWriterTests
{
    private static AnnotatedWord Word(string text, string[] syllables, string[] spoken, string pinyin, GlossaryEntry? term = null) =>
        new(new PronouncedWord(text, "n", syllables, spoken, pinyin), pinyin, term, "p-1");

    [Fact]
    public void Words_become_rubies_a_term_a_link_to_its_entry_and_touching_words_get_a_break_between()
    {
        var entry = new GlossaryEntry { Term = "发展", English = "development" };
        var content = new AnnotatedContent([
            Word("一样", ["yī", "yàng"], ["yí", "yàng"], "yīyàng"),
            Word("青岛", ["qīng", "dǎo"], ["qīng", "dǎo"], "Qīngdǎo"),
            new TermLink(new TermOccurrence(entry, "p-1"), [Word("发展", ["fā", "zhǎn"], ["fā", "zhǎn"], "fāzhǎn", entry)]),
            new UnannotatedText("<。>"),
        ]);
        var body = Html.Body(AnnotatedHtmlWriter.Write(content, "../../glossary/"));

        Assert.Equal(["ruby", "wbr", "ruby", "wbr", "a", "#text"],
            body.ChildNodes.Select(n => n is IElement e ? e.LocalName : n.NodeName).ToArray());
        var rubies = body.QuerySelectorAll("ruby");
        Assert.Equal("<span data-spoken=\"yí\">yī</span>yàng", rubies[0].QuerySelector("rt")!.InnerHtml);
        Assert.Equal("Qīng\u2060dǎo", rubies[1].QuerySelector("rt")!.InnerHtml);
        var link = body.QuerySelector("a.term")!;
        Assert.Equal("../../glossary/#" + entry.Id, link.GetAttribute("href"));
        Assert.Equal(entry.Id, link.GetAttribute("data-term"));
        Assert.Equal("fā\u2060zhǎn", link.QuerySelector("ruby > rt")!.InnerHtml);
        Assert.Equal("<。>", body.LastChild!.TextContent);
    }

    [Fact]
    public void Markup_passes_through_as_the_parsed_content_had_it()
    {
        var source = Html.Body("<p class=\"x\" title=\"a &quot;b&quot;\">a<br>b<!--c--></p><pre>\n\nq</pre>");
        var p = source.Children[0];
        var pre = source.Children[1];
        var content = new AnnotatedContent([
            new MarkupStart(p), new UnannotatedText("a"), new MarkupStart(p.Children[0]), new MarkupEnd(p.Children[0]),
            new UnannotatedText("b"), new MarkupComment("c"), new MarkupEnd(p),
            new MarkupStart(pre), new UnannotatedText("\nq"), new MarkupEnd(pre),
        ]);
        Assert.Equal(source.InnerHtml, AnnotatedHtmlWriter.Write(content, ""));
    }
}
