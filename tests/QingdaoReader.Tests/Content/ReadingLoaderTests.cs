using QingdaoReader.Content;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Tests.Content;

public class ReadingLoaderTests
{
    [Fact]
    public void Front_matter_and_body_are_split_and_the_body_knows_its_line()
    {
        var r = ReadingLoader.Parse("---\ntitle: 标题\nauthors: [孙欣]\n---\n\n正文。\n", "r/index.md", "r");
        Assert.Equal("标题", r.Metadata.Title);
        Assert.Equal(["孙欣"], r.Metadata.Authors);
        Assert.Equal("\n正文。\n", r.Body);
        Assert.Equal(5, r.BodyLine);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_line_one()
    {
        var e = Assert.Throws<UserError>(() => ReadingLoader.Parse("---\ntitle: 标题\n\n正文。\n", "r/index.md", "r"));
        Assert.Equal(new SourceLocation("r/index.md", 1), e.Location);
        Assert.Contains("not closed", e.Message);
    }

    [Fact]
    public void An_unknown_front_matter_key_names_its_line_and_the_closest_key()
    {
        var e = Assert.Throws<UserError>(() => ReadingLoader.Parse("---\ntitle: 标题\nsubtitel: 副标题\n---\n", "r/index.md", "r"));
        Assert.Equal(3, e.Location?.Line);
        Assert.Contains("subtitle", e.Hint);
    }

    [Fact]
    public void A_reading_without_a_title_is_an_error()
    {
        var e = Assert.Throws<UserError>(() => ReadingLoader.Parse("---\ndate: 2024\n---\n正文。", "r/index.md", "r"));
        Assert.Contains("title", e.Message);
    }
}
