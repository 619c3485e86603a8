using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Parsing;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Parsing;

/// <summary>Parse gives structure, not page copy: the page's own words (the questions' title) are the Render stage's.</summary>
public class StructureWordsTests
{
    [Fact]
    public void Structuring_a_reading_adds_no_words_of_the_page_and_the_built_page_titles_the_questions()
    {
        const string markdown = "---\ntitle: 题目\n---\n\n正文。\n\n::: en\nText.\n:::\n\n::: questions\n1. 问题？\n:::\n";
        var parsed = new ReadingParser(RawHtmlPolicy.Sanitize).Parse(ReadingLoader.Parse(markdown, "content/readings/q/index.md", "q"));
        ReadingStructure.Apply(parsed.Body, parsed.Groups);
        Assert.DoesNotContain("Comprehension questions", parsed.Body.TextContent);

        using var site = new SiteFixture();
        site.Write("content/glossary.yml", "");
        site.Reading("q", markdown);
        Assert.Equal(0, Support.Cli.Run("build", "--site", site.Path, "-q").ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Path, "_site", "readings", "q", "index.html")));
        var title = page.QuerySelector("div.questions > h3.questions-title:first-child");
        Assert.Equal("Comprehension questions", title?.TextContent);
    }
}
