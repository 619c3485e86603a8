using QingdaoReader.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Rendering;

public class HtmlSerializerTests
{
    [Theory]
    [InlineData("<p><ruby data-py=\"qīng\">青<rt>qīng</rt></ruby>&amp;&lt;x&gt; \u00a0</p>")]
    [InlineData("<div class=\"para\" id=\"p-1\"><p>a<br>b<img src=\"x.png\" alt=\"a &quot;b&quot; &amp; c\"></p><pre>\n\ncode &lt;x&gt;</pre></div>")]
    [InlineData("<table><tbody><tr><td>1</td></tr></tbody></table><!--note--><ul><li>一</li></ul>")]
    public void Writes_what_anglesharp_writes(string html)
    {
        var body = Html.Body(html);
        Assert.Equal(body.InnerHtml, HtmlSerializer.InnerHtml(body));
    }

    [Fact]
    public void Keeps_every_rt_end_tag_and_adds_no_whitespace()
    {
        var body = Html.Body("<ruby>青<rt>qīng</rt>岛<rt>dǎo</rt></ruby>");
        Assert.Equal("<ruby>青<rt>qīng</rt>岛<rt>dǎo</rt></ruby>", HtmlSerializer.InnerHtml(body));
    }
}
