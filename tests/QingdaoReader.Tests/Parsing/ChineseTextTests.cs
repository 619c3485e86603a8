using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Parsing;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Parsing;

/// <summary>
/// The one definition of a reading's Chinese text: check, the build and the glossary suggestions read the same runs,
/// so a term that only occurs inside a link, which the page never links, is unused for check too.
/// </summary>
public class ChineseTextTests
{
    private const string Markdown = """
        ---
        title: 标题里的改革
        subtitle: 副标题
        ---

        正文讲[开放](https://example.org/)和`代码`，<span lang="en">英文</span>。

        ::: en
        The body.
        :::

        ::: note
        注释不算。
        :::

        ## 小标题

        ::: en
        A heading
        :::
        """;

    [Fact]
    public void Runs_are_the_title_subtitle_and_text_blocks_without_translations_notes_code_or_other_languages()
    {
        var reading = ReadingLoader.Parse(Markdown, "content/readings/a/index.md", "a");
        var runs = ChineseText.Of(new ReadingParser(RawHtmlPolicy.Sanitize).Parse(reading));
        Assert.Equal(["标题里的改革", "副标题", "正文讲", "开放", "和", "小标题"], runs.Select(r => r.Text));
        Assert.True(runs.Single(r => r.Text == "开放").InLink);
        Assert.False(runs.Single(r => r.Text == "正文讲").InLink);
        Assert.Equal(6, runs.Single(r => r.Text == "正文讲").Location.Line);
    }

    [Fact]
    public void A_term_only_inside_a_link_is_unused_for_check_as_it_is_unlinked_on_the_page()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", "- term: 开放\n  english: opening up\n");
        site.Reading("a", "---\ntitle: 标题\n---\n\n坚持[开放](https://example.org/)。\n\n::: en\nOpening up.\n:::\n");
        var check = Support.Cli.Run("check", "--site", site.Path);
        Assert.Contains("warning: the glossary term '开放' occurs in no reading", check.Out);
        Assert.Equal(0, Support.Cli.Run("build", "--site", site.Path, "-q").ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Path, "_site", "readings", "a", "index.html")));
        Assert.Empty(page.QuerySelectorAll("article a.term"));
    }
}
