using System.Text;
using QingdaoReader.Serving;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Serving;

/// <summary>Pages served by <c>qreader serve</c> load the live-reload script; nothing else of the page changes.</summary>
public class LiveReloadScriptTests
{
    private static string AddTo(string html) => Encoding.UTF8.GetString(LiveReloadScript.AddTo(Encoding.UTF8.GetBytes(html)));

    [Fact]
    public void The_script_is_the_last_element_of_the_body()
    {
        var page = Html.Parse(AddTo("<!DOCTYPE html><html><body><p>改革</p><script src=\"/reader.js\"></script></body></html>"));
        var last = page.Body!.Children.Last();
        Assert.Equal("SCRIPT", last.TagName);
        Assert.Equal(LiveReloadScript.Path, last.GetAttribute("src"));
        Assert.True(last.HasAttribute("defer"));
        Assert.Equal("改革", page.QuerySelector("p")!.TextContent);
        Assert.Equal(2, page.Scripts.Length);
    }

    [Fact]
    public void It_goes_before_the_last_closing_body_tag_whatever_its_case()
    {
        // A comment may quote "</body>"; only the real end of the body takes the tag.
        var page = Html.Parse(AddTo("<html><body><!-- </body> --><p>甲</p></BODY></html>"));
        Assert.Equal(["P", "SCRIPT"], page.Body!.Children.Select(e => e.TagName));
        Assert.Equal(LiveReloadScript.Path, page.Body.Children[1].GetAttribute("src"));
        Assert.Equal(" </body> ", page.Body.ChildNodes.OfType<AngleSharp.Dom.IComment>().Single().Data);
    }

    [Fact]
    public void A_page_without_a_closing_body_tag_gets_it_at_the_end()
    {
        var page = Html.Parse(AddTo("<p>甲</p><p>乙</p>"));
        Assert.Equal(["P", "P", "SCRIPT"], page.Body!.Children.Select(e => e.TagName));
        Assert.Equal(LiveReloadScript.Path, page.Body.Children[2].GetAttribute("src"));
    }
}
