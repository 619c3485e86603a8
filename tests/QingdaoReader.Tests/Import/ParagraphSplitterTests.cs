using QingdaoReader.Content;
using QingdaoReader.Content.Import;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Import;

public class ParagraphSplitterTests
{
    // Made-up news prose: plain sentences, a quotation whose speaker follows it, and a bracketed aside with full stops.
    private static string Sentence(int i) => $"第{i}项工作稳步推进，相关部门加强协调配合，帮助企业解决实际困难，不断提升服务水平。";
    private const string Quotation = "“我们要把每一件事情做实做细。做好了，群众自然满意。”一位基层干部表示，“群众满意才是最终标准。”";
    private const string Aside = "（记者注：以上数据来自市统计局。均为初步统计，最终数据以年报为准。）";

    private static string Body()
    {
        var parts = new List<string>();
        for (var i = 1; i <= 24; i++)
        {
            parts.Add(Sentence(i));
            if (i % 6 == 0) parts.Add(Quotation);
            if (i % 8 == 0) parts.Add(Aside);
        }
        return string.Concat(parts);
    }

    private static string OneLineArticle() => "青岛港上半年工作综述\n" + Body() + "\n";

    private static IReadOnlyList<string> Paragraphs(ImportedArticle a) =>
        a.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();

    [Fact]
    public void A_one_line_article_becomes_paragraphs_of_readable_length()
    {
        var raw = ReadingImporter.Parse(OneLineArticle(), "one-line.txt");
        Assert.Single(Paragraphs(raw));
        var split = ParagraphSplitter.Split(raw);
        var paragraphs = Paragraphs(split.Article);
        Assert.True(paragraphs.Count >= 5, $"{paragraphs.Count} paragraphs from {Body().Length} characters");
        Assert.Equal(1, split.LongParagraphs);
        Assert.Equal(paragraphs.Count, split.ParagraphsMade);
        foreach (var p in paragraphs)
        {
            Assert.InRange(p.Length, 60, ParagraphSplitter.DefaultMaxLength);
            Assert.True(ReadingImporter.EndsSentence(p), $"ends mid-sentence: …{p[^10..]}");
        }
        Assert.Equal(Body(), string.Concat(paragraphs));
        Assert.All(split.Article.Blocks, b => Assert.Equal(2, b.Line));
    }

    [Fact]
    public void A_split_never_falls_inside_quotes_or_brackets_nor_between_a_quote_and_its_speaker()
    {
        var paragraphs = ParagraphSplitter.SplitText(Body(), 120);
        Assert.True(paragraphs.Count > 8);
        foreach (var p in paragraphs)
        {
            Assert.Equal(p.Count(c => c == '“'), p.Count(c => c == '”'));
            Assert.Equal(p.Count(c => c == '（'), p.Count(c => c == '）'));
            Assert.False(p.StartsWith("一位基层干部表示"), "the speaker was cut off from the quotation");
        }
        Assert.Contains(paragraphs, p => p.Contains(Quotation));
        Assert.Contains(paragraphs, p => p.Contains(Aside));
    }

    [Fact]
    public void A_paragraph_under_the_threshold_or_without_a_sentence_end_outside_quotes_is_kept()
    {
        var shortText = Sentence(1) + Sentence(2);
        Assert.Equal([shortText], ParagraphSplitter.SplitText(shortText, 300));
        var oneQuote = "他说：“" + string.Concat(Enumerable.Range(1, 12).Select(Sentence)) + "”";
        Assert.Equal([oneQuote], ParagraphSplitter.SplitText(oneQuote, 300));
    }

    [Fact]
    public void Zero_keeps_the_articles_paragraphs()
    {
        var raw = ReadingImporter.Parse(OneLineArticle(), "one-line.txt");
        var kept = ParagraphSplitter.Split(raw, 0);
        Assert.Same(raw, kept.Article);
        Assert.Equal(0, kept.ParagraphsMade);
    }

    [Fact]
    public void The_seeds_repairs_stay_and_only_its_long_paragraphs_are_split()
    {
        var parsed = ReadingImporter.Parse(File.ReadAllText(Repo.SeedFile), "seed.txt");
        var split = ParagraphSplitter.Split(parsed);
        var others = split.Article.Blocks.Where(b => b.Kind != BlockKind.Paragraph).ToList();
        Assert.Equal(parsed.Blocks.Where(b => b.Kind != BlockKind.Paragraph), others);
        foreach (var original in parsed.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            var pieces = split.Article.Blocks.Where(b => b.Kind == BlockKind.Paragraph && b.Line == original.Line).Select(b => b.Text).ToList();
            Assert.Equal(original.Text, string.Concat(pieces));
            if (original.Text.Length <= ParagraphSplitter.DefaultMaxLength) Assert.Single(pieces);
            else Assert.True(pieces.Count > 1, $"the paragraph at line {original.Line} ({original.Text.Length} characters) was not split");
        }
        Assert.Equal(parsed.Blocks.Count(b => b.Kind == BlockKind.Paragraph && b.Text.Length > ParagraphSplitter.DefaultMaxLength), split.LongParagraphs);
        Assert.True(split.LongParagraphs >= 6);
        // The quotation that opens line 23 keeps its speaker.
        Assert.DoesNotContain(split.Article.Blocks, b => b.Text.StartsWith("市发展改革委党组书记"));
    }
}
