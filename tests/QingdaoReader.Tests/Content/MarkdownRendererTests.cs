using QingdaoReader.Content.Markdown;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void A_line_break_inside_a_chinese_paragraph_is_not_a_space()
    {
        var doc = Html.Parse(_renderer.ToHtml("青岛高\n新区必须勇担使命。"));
        Assert.Equal("青岛高新区必须勇担使命。", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_line_break_after_chinese_punctuation_is_not_a_space()
    {
        var doc = Html.Parse(_renderer.ToHtml("改革是发展的动力。\n开放是鲜明标识。"));
        Assert.Equal("改革是发展的动力。开放是鲜明标识。", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_line_break_between_english_words_stays_a_space()
    {
        var doc = Html.Parse(_renderer.ToHtml("new quality\nproductive forces"));
        Assert.Equal("new quality productive forces", doc.QuerySelector("p")!.TextContent.Replace('\n', ' '));
    }

    [Fact]
    public void Line_breaks_around_emphasis_in_chinese_are_not_spaces()
    {
        var doc = Html.Parse(_renderer.ToHtml("发展**新质生产力**\n是重要任务。"));
        Assert.Equal("发展新质生产力是重要任务。", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Translation_and_note_containers_become_divs()
    {
        var doc = Html.Parse(_renderer.ToHtml("改革是发展的动力。\n\n::: en\nReform drives development.\n:::\n\n::: note\nA teacher's note.\n:::"));
        Assert.Equal("Reform drives development.", doc.QuerySelector("div.en")!.TextContent.Trim());
        Assert.Equal("A teacher's note.", doc.QuerySelector("div.note")!.TextContent.Trim());
    }

    [Fact]
    public void Generic_attributes_set_classes_and_ids()
    {
        var doc = Html.Parse(_renderer.ToHtml("{.caption #pic}\n京东方青岛基地。"));
        var p = doc.QuerySelector("p")!;
        Assert.True(p.ClassList.Contains("caption"));
        Assert.Equal("pic", p.Id);
    }
}
