using QingdaoReader.Content;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Parsing;

namespace QingdaoReader.Tests.Parsing;

/// <summary>The Parse stage: a reading's blocks as records, each with its line, paired with their translations and notes.</summary>
public class ReadingParserTests
{
    private static Reading Reading(string body) => new("a", "content/readings/a/index.md", new ReadingMetadata { Title = "标题" }, body, 5);

    private static (BlockKind Kind, int Line) Describe(ReadingBlock b) => (b.Kind, b.Line);

    [Fact]
    public void A_small_reading_gives_its_blocks_with_their_lines_paired_with_translations_and_notes()
    {
        const string body = "改革是发展的动力。\n\n::: en\nReform drives development.\n:::\n\n## 开放\n\n::: en\nOpening\n:::\n\n"
            + "::: note\nA note.\n:::\n\n- 安全\n- 效率\n\n{.byline}\n记者 王明\n";
        var parsed = new ReadingParser().Parse(Reading(body));

        Assert.Equal([(BlockKind.Paragraph, 1), (BlockKind.Heading, 7), (BlockKind.List, 17), (BlockKind.Paragraph, 20)],
            parsed.Groups.Select(g => Describe(g.Main)).ToArray());
        Assert.Equal([[(BlockKind.Translation, 3)], [(BlockKind.Translation, 9), (BlockKind.Note, 13)], [], []],
            parsed.Groups.Select(g => g.Attached.Select(Describe).ToArray()).ToArray());
        // Each block carries its HTML as Markdig made it, and the Markdown it came from.
        var byline = parsed.Groups[3].Main;
        Assert.Equal("byline", byline.Element.ClassName);
        Assert.Equal("记者 王明", byline.Element.TextContent);
        Assert.Equal("- 安全\n- 效率\n", parsed.Groups[2].Main.Source.Text(body));
        Assert.True(parsed.Groups[0].Main.HasChinese);
        Assert.False(parsed.Groups[0].Attached[0].HasChinese);
    }

    [Fact]
    public void Blocks_of_raw_html_are_blocks_too_with_their_line()
    {
        var parsed = new ReadingParser().Parse(Reading("<p>改革。</p>\n\n::: en\nReform.\n:::\n\n<div>开放。</div>\n"));
        Assert.Equal([(BlockKind.Paragraph, 1), (BlockKind.Other, 7)], parsed.Groups.Select(g => Describe(g.Main)).ToArray());
        Assert.Equal((BlockKind.Translation, 3), Describe(Assert.Single(parsed.Groups[0].Attached)));
    }

    [Fact]
    public void A_translation_with_nothing_before_it_heads_its_own_group_and_a_second_one_joins_it()
    {
        var parsed = new ReadingParser().Parse(Reading("::: en\nOrphan.\n:::\n\n::: en\nAgain.\n:::\n\n改革。\n"));
        Assert.Equal([(BlockKind.Translation, 1), (BlockKind.Paragraph, 9)], parsed.Groups.Select(g => Describe(g.Main)).ToArray());
        Assert.Equal((BlockKind.Translation, 5), Describe(Assert.Single(parsed.Groups[0].Attached)));
    }

    [Theory]
    [InlineData("改革。\n\n::: en\nReform.\n:::\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> 引用\n\n1. 一\n2. 二\n\n---\n\n```\ncode\n```\n")]
    [InlineData("脚注[^1]。\n\n[^1]: 注释。\n\n- a\n\n  b\n- c\n")]
    [InlineData("<div>\n\n改革\n\n</div>\n\n[x]: http://example.com\n")]
    public void The_blocks_html_together_is_the_documents_html(string markdown)
    {
        var renderer = new MarkdownRenderer();
        var starts = new List<(int HtmlOffset, Markdig.Syntax.Block Block)>();
        Assert.Equal(renderer.ToHtml(markdown), renderer.ToHtml(markdown, starts));
        Assert.NotEmpty(starts);
    }

    [Theory]
    [InlineData("<body class=\"x\">改革\n")]
    [InlineData("<frameset>\n\n改革\n")]
    [InlineData("<html lang=\"x\">\n\n改革\n")]
    [InlineData("</body>改革\n\n开放\n")]
    [InlineData("<table>\n\n改革\n")]
    [InlineData("<template>改革</template>\n\n<plaintext>开放\n")]
    [InlineData("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")]
    public void Raw_html_parses_as_it_did_set_into_the_body(string markdown)
    {
        var body = QingdaoReader.Tests.Support.Html.Body(new MarkdownRenderer().ToHtml(markdown));
        HtmlCleaner.Clean((AngleSharp.Html.Dom.IHtmlDocument)body.Owner!);
        Assert.Equal(body.InnerHtml, new ReadingParser().Parse(Reading(markdown)).Body.InnerHtml);
    }
}
