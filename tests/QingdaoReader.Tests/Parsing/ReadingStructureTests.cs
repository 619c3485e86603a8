using QingdaoReader.Parsing;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Parsing;

public class ReadingStructureTests
{
    [Fact]
    public void A_paragraph_and_its_translation_become_one_para_with_a_content_id()
    {
        var body = Html.Body("<p>改革是发展的动力。</p><div class=\"en\"><p>Reform drives development.</p></div>");
        var para = Assert.Single(ReadingStructure.Apply(body).Intro!.Paragraphs);
        Assert.Equal("p", para.Main.LocalName);
        var translation = Assert.Single(para.Attached);
        Assert.Equal(BlockKind.Translation, translation.Kind);
        Assert.True(ParagraphNode.IsEnglish(translation));
        Assert.Null(translation.Element.GetAttribute("lang")); // marked English by Render, not in the parsed DOM
        Assert.Matches("^p-[0-9a-f]{8}$", para.Id);
        Assert.Equal(["para"], para.Classes);
        Assert.Empty(body.QuerySelectorAll("div.para")); // Parse writes no markup: Render makes the paragraph element
    }

    [Fact]
    public void Paragraph_ids_survive_inserting_a_paragraph_before_them()
    {
        var a = Html.Body("<p>第一段。</p><p>第二段。</p>");
        var b = Html.Body("<p>新的一段。</p><p>第一段。</p><p>第二段。</p>");
        var idsA = ReadingStructure.Apply(a).Intro!.Paragraphs.Select(p => p.Id).ToList();
        var idsB = ReadingStructure.Apply(b).Intro!.Paragraphs.Select(p => p.Id).Skip(1).ToList();
        Assert.Equal(2, idsA.Count);
        Assert.Equal(idsA, idsB);
    }

    [Fact]
    public void Chinese_headings_get_ids_from_their_text_not_section()
    {
        var body = Html.Body("<p>导语。</p><h2>加快打造具有青岛特色的现代化产业体系</h2><p>一。</p><h2>在进一步全面深化改革、推进高水平对外开放上勇争先</h2><p>二。</p>");
        var parts = ReadingStructure.Apply(body);
        var outline = parts.Outline;
        Assert.Equal(["加快打造具有青岛特色的现代化产业体系", "在进一步全面深化改革推进高水平对外开放上勇争先"], outline.Select(s => s.Id).ToArray());
        Assert.Equal("导语。", Assert.Single(parts.Intro!.Paragraphs).Main.TextContent);
        Assert.All(parts.Sections, s => Assert.Equal(s.Heading!.Id, Assert.IsType<MarkedNode>(s.Nodes[0]).AddedId));
        Assert.Empty(body.QuerySelectorAll("section")); // the page's sections are the template's
    }

    [Fact]
    public void Duplicate_headings_get_distinct_ids()
    {
        var body = Html.Body("<h2>小结</h2><p>一。</p><h2>小结</h2><p>二。</p>");
        var outline = ReadingStructure.Apply(body).Outline;
        Assert.Null(ReadingStructure.Apply(Html.Body("<h2>小结</h2><p>一。</p>")).Intro);
        Assert.Equal(2, outline.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void A_heading_translation_joins_the_heading()
    {
        var body = Html.Body("<h2>改革</h2><div class=\"en\"><p>Reform</p></div><p>正文。</p>");
        var outline = ReadingStructure.Apply(body).Outline;
        Assert.Equal("Reform", Assert.Single(outline).TitleEn);
        Assert.Equal("改革", outline[0].Title);
        // The translation is the heading's: no node of the part holds it.
        var part = ReadingStructure.Apply(Html.Body("<h2>改革</h2><div class=\"en\"><p>Reform</p></div><p>正文。</p>")).Sections[0];
        Assert.DoesNotContain(part.Nodes, n => n is PlainNode { Node: AngleSharp.Dom.IElement { ClassName: "en" } });
        Assert.Equal("Reform", Assert.IsType<MarkedNode>(part.Nodes[0]).English);
    }

    [Fact]
    public void A_teacher_note_joins_the_paragraph_before_it()
    {
        var body = Html.Body("<p>正文。</p><div class=\"en\"><p>Text.</p></div><div class=\"note\"><p>Note.</p></div>");
        var para = Assert.Single(ReadingStructure.Apply(body).Intro!.Paragraphs);
        var note = Assert.Single(para.Attached, a => a.Kind == BlockKind.Note);
        Assert.True(ParagraphNode.IsEnglish(note));
        Assert.False(note.Element.ClassList.Contains("teacher-note")); // the page's class is Render's
    }
}
