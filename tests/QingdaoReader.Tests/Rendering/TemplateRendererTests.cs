using AngleSharp.Html.Parser;
using QingdaoReader.Rendering;
using Scriban.Runtime;

namespace QingdaoReader.Tests.Rendering;

public class TemplateRendererTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qreader-templates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private TemplateRenderer With(string layout, string page)
    {
        File.WriteAllText(Path.Combine(_dir, "layout.html"), layout);
        File.WriteAllText(Path.Combine(_dir, "page.html"), page);
        return new TemplateRenderer(_dir);
    }

    // A page far over StringBuilder's chunk size, so the layout copies it in many pieces.
    private static string LongText => string.Concat(Enumerable.Range(0, 20_000).Select(i => $"句{i}。"));

    [Fact]
    public void The_page_streamed_into_the_layout_is_whole_and_in_order()
    {
        var renderer = With("<main>{{ content }}</main><footer>{{ title }}</footer>", "<p>{{ text }}</p>");
        var model = new ScriptObject { ["title"] = "尾", ["text"] = LongText };
        var output = new StringWriter();
        renderer.RenderPage("page.html", model, output);

        var doc = new HtmlParser().ParseDocument(output.ToString());
        Assert.Equal(LongText, doc.QuerySelector("main > p")!.TextContent);
        Assert.Equal("尾", doc.QuerySelector("footer")!.TextContent);
        Assert.Equal(output.ToString(), renderer.RenderPage("page.html", model));
    }

    [Fact]
    public void A_layout_may_still_use_content_as_a_string()
    {
        var renderer = With("{{ if content != \"\" }}<main data-size=\"{{ content | string.size }}\">{{ content | string.upcase }}</main>{{ end }}", "<p>{{ text }}</p>");
        var text = "abc" + LongText;
        var doc = new HtmlParser().ParseDocument(renderer.RenderPage("page.html", new ScriptObject { ["text"] = text }));
        var main = doc.QuerySelector("main")!;
        Assert.Equal(("<p>" + text + "</p>").Length.ToString(), main.GetAttribute("data-size"));
        Assert.Equal(text.ToUpperInvariant(), main.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Variables_the_page_sets_are_seen_by_the_layout()
    {
        var renderer = With("<title>{{ page_title }}</title>{{ content }}", "{{ page_title = \"新\" }}<p>x</p>");
        var doc = new HtmlParser().ParseDocument(renderer.RenderPage("page.html", new ScriptObject { ["page_title"] = "旧" }));
        Assert.Equal("新", doc.Title);
        Assert.Equal("x", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_page_cannot_change_the_builtin_functions_the_next_page_uses()
    {
        // The renderer shares Scriban's built-ins between pages: one page's assignment must not reach another.
        var renderer = With("{{ content }}", "{{ string.upcase = \"x\" }}");
        var error = Assert.Throws<QingdaoReader.Diagnostics.UserError>(() => renderer.RenderPage("page.html", new ScriptObject()));
        Assert.Contains("page.html", error.Format());
        File.WriteAllText(Path.Combine(_dir, "other.html"), "<p>{{ \"abc\" | string.upcase }}</p>");
        var doc = new HtmlParser().ParseDocument(renderer.RenderPage("other.html", new ScriptObject()));
        Assert.Equal("ABC", doc.QuerySelector("p")!.TextContent);
    }
}
