using QingdaoReader.Content;
using QingdaoReader.Content.Import;
using QingdaoReader.Diagnostics;
using QingdaoReader.Tests.Support;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Import;

public class ReadingImporterTests
{
    private static readonly string SeedText = File.ReadAllText(Repo.SeedFile);
    private static ImportedArticle Seed => ReadingImporter.Parse(SeedText, "seed.txt");

    [Fact]
    public void Title_is_the_first_line()
    {
        Assert.Equal("进一步全面深化改革，推进高水平对外开放", Seed.Title);
    }

    [Fact]
    public void Subtitle_is_the_dash_line()
    {
        Assert.NotNull(Seed.Subtitle);
        Assert.StartsWith("——习近平总书记在山东考察时", Seed.Subtitle);
        Assert.DoesNotContain(Seed.Blocks, b => b.Text.StartsWith("——"));
    }

    [Fact]
    public void Photo_captions_lose_their_marker()
    {
        var captions = Seed.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text).ToList();
        Assert.Equal(["京东方青岛基地。", "上合示范区一隅。"], captions);
    }

    [Fact]
    public void Both_section_headings_are_found_and_nothing_else_is_a_heading()
    {
        var headings = Seed.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["加快打造具有青岛特色的现代化产业体系", "在进一步全面深化改革、推进高水平对外开放上勇争先"], headings);
    }

    [Fact]
    public void A_paragraph_broken_mid_word_is_rejoined_without_a_space()
    {
        var p = Seed.Blocks.Single(b => b.Text.Contains("新时代赋予了国家高新区"));
        Assert.Contains("青岛高新区必须勇担", p.Text);
        Assert.DoesNotContain(Seed.Blocks, b => b.Text.StartsWith("新区必须"));
    }

    [Fact]
    public void Paragraphs_broken_mid_sentence_are_rejoined()
    {
        var p = Seed.Blocks.Single(b => b.Text.Contains("持续强化企业主体地位"));
        Assert.Contains("持续强化企业主体地位，深化产业基础再造", p.Text);
        var q = Seed.Blocks.Single(b => b.Text.Contains("二是坚决扛牢"));
        Assert.Contains("三是超前布局基因和细胞诊疗", q.Text);
    }

    [Fact]
    public void Every_paragraph_ends_a_sentence()
    {
        foreach (var b in Seed.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
            Assert.True(ReadingImporter.EndsSentence(b.Text), $"paragraph at line {b.Line} ends mid-sentence: …{b.Text[^10..]}");
        Assert.Equal(16, Seed.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Fact]
    public void Byline_names_padded_with_spaces_become_names()
    {
        Assert.Equal(["孙欣", "杨光", "耿婷婷", "王凯", "薛华飞", "余博", "周伟", "王萌", "刘兰星"], Seed.Authors);
        Assert.Equal("青岛日报/观海新闻", Seed.Source);
        var byline = Seed.Blocks.Last();
        Assert.Equal(BlockKind.Byline, byline.Kind);
        Assert.DoesNotContain("孙 欣", byline.Text);
    }

    [Fact]
    public void Blocks_remember_their_line_in_the_raw_file()
    {
        var lines = SeedText.Replace("\r\n", "\n").Split('\n');
        foreach (var b in Seed.Blocks)
        {
            var first = lines[b.Line - 1].Trim().TrimStart('■', '□').Trim();
            Assert.True(b.Text.StartsWith(first[..Math.Min(4, first.Length)], StringComparison.Ordinal), $"line {b.Line}");
        }
    }

    [Fact]
    public void No_han_character_of_the_article_is_lost()
    {
        var article = Seed;
        var all = article.Title + article.Subtitle + string.Concat(article.Blocks.Select(b => b.Text));
        Assert.Equal(ChineseScript.CountHan(SeedText), ChineseScript.CountHan(all));
    }

    [Fact]
    public void The_markdown_parses_back_to_the_same_front_matter()
    {
        var md = ReadingImporter.ToMarkdown(Seed, "2024-05");
        var reading = ReadingLoader.Parse(md, "index.md", "seed");
        Assert.Equal(Seed.Title, reading.Metadata.Title);
        Assert.Equal(Seed.Subtitle, reading.Metadata.Subtitle);
        Assert.Equal("2024-05", reading.Metadata.Date);
        Assert.Equal(Seed.Authors, reading.Metadata.Authors);
    }

    [Fact]
    public void An_empty_article_is_a_user_error()
    {
        var e = Assert.Throws<UserError>(() => ReadingImporter.Parse("  \n\n ", "empty.txt"));
        Assert.Equal("empty.txt", e.Location?.File);
    }

    [Fact]
    public void Markdown_syntax_in_raw_text_stays_text()
    {
        var article = ReadingImporter.Parse("标题\n\n1. 第一，*不是*强调。\n\n# 也不是标题。", "x.txt");
        var md = ReadingImporter.ToMarkdown(article);
        var html = new QingdaoReader.Content.Markdown.MarkdownRenderer().ToHtml(ReadingLoader.Parse(md, "x", "x").Body);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("ol, em, h1"));
        Assert.Equal(["1. 第一，*不是*强调。", "# 也不是标题。"], doc.QuerySelectorAll("p").Select(p => p.TextContent).ToArray());
    }
}
