using QingdaoReader.Parsing;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Parsing;

public class ReadingStructureTests
{
    [Fact]
    public void A_paragraph_and_its_translation_become_one_para_with_a_content_id()
    {
        var body = Html.Body("<p>改革是发展的动力。</p><div class=\"en\"><p>Reform drives development.</p></div>");
        ReadingStructure.Apply(body);
        var para = body.QuerySelector("div.para")!;
        Assert.Equal("p", para.Children[0].LocalName);
        Assert.Equal("en", para.Children[1].GetAttribute("lang"));
        Assert.Matches("^p-[0-9a-f]{8}$", para.Id);
    }

    [Fact]
    public void Paragraph_ids_survive_inserting_a_paragraph_before_them()
    {
        var a = Html.Body("<p>第一段。</p><p>第二段。</p>");
        var b = Html.Body("<p>新的一段。</p><p>第一段。</p><p>第二段。</p>");
        ReadingStructure.Apply(a);
        ReadingStructure.Apply(b);
        var idsA = a.QuerySelectorAll("div.para").Select(p => p.Id).ToList();
        var idsB = b.QuerySelectorAll("div.para").Select(p => p.Id).Skip(1).ToList();
        Assert.Equal(idsA, idsB);
    }

    [Fact]
    public void Chinese_headings_get_ids_from_their_text_not_section()
    {
        var body = Html.Body("<p>导语。</p><h2>加快打造具有青岛特色的现代化产业体系</h2><p>一。</p><h2>在进一步全面深化改革、推进高水平对外开放上勇争先</h2><p>二。</p>");
        var parts = ReadingStructure.Apply(body);
        var outline = parts.Outline;
        Assert.Equal(["加快打造具有青岛特色的现代化产业体系", "在进一步全面深化改革推进高水平对外开放上勇争先"], outline.Select(s => s.Id).ToArray());
        Assert.All(outline, s => Assert.NotNull(body.QuerySelector($"h2[id='{s.Id}']")));
        Assert.Equal("导语。", parts.Intro!.Content.TextContent);
        Assert.All(parts.Sections, s => Assert.Equal(s.Heading!.Id, s.Content.FirstElementChild!.Id));
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
        Assert.Empty(body.QuerySelectorAll("div.en"));
    }

    [Fact]
    public void A_teacher_note_joins_the_paragraph_before_it()
    {
        var body = Html.Body("<p>正文。</p><div class=\"en\"><p>Text.</p></div><div class=\"note\"><p>Note.</p></div>");
        ReadingStructure.Apply(body);
        var para = Assert.Single(body.QuerySelectorAll("div.para"));
        Assert.NotNull(para.QuerySelector(".teacher-note"));
    }
}
