using QingdaoReader.Serving;

namespace QingdaoReader.Tests.Serving;

/// <summary>The media types <c>qreader serve</c> and the tests' static server send, as a static host would.</summary>
public class MediaTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("/site/_site/readings/a/index.html", "text/html; charset=utf-8")]
    [InlineData("reader.css", "text/css; charset=utf-8")]
    [InlineData("reader.js", "text/javascript; charset=utf-8")]
    [InlineData("search.json", "application/json")]
    [InlineData("icon.svg", "image/svg+xml")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("vocabulary.csv", "text/csv; charset=utf-8")]
    [InlineData("vocabulary.tsv", "text/tab-separated-values; charset=utf-8")]
    [InlineData("photo.png", "image/png")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("favicon.ico", "image/x-icon")]
    public void A_known_extension_gets_its_type(string file, string type) => Assert.Equal(type, MediaTypes.For(file));

    [Theory]
    [InlineData("INDEX.HTML", "text/html; charset=utf-8")]
    [InlineData("Photo.JpEg", "image/jpeg")]
    public void The_extensions_case_does_not_matter(string file, string type) => Assert.Equal(type, MediaTypes.For(file));

    [Theory]
    [InlineData("font.woff2")]
    [InlineData("archive.tar.gz")]
    [InlineData("README")]
    [InlineData("html")]
    [InlineData("index.html.bak")]
    public void Anything_else_is_octet_stream(string file) => Assert.Equal("application/octet-stream", MediaTypes.For(file));
}
