using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QingdaoReader.Tests.Support;

public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IElement Body(string bodyHtml)
    {
        var doc = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        doc.Body!.InnerHtml = bodyHtml;
        return doc.Body!;
    }

    /// <summary>A word's pinyin as the page gives it: <c>data-py</c>, or its syllables together when that is all it is.</summary>
    public static string WordPinyin(IElement word) =>
        word.GetAttribute("data-py") ?? string.Concat(Syllables(word).Select(s => s.TextContent));

    /// <summary>The syllables of annotated text, in order: in a word's rt, text nodes separated by &lt;wbr&gt;, or a
    /// span where the spoken tone differs.</summary>
    public static IEnumerable<INode> Syllables(IElement annotated) =>
        annotated.QuerySelectorAll("rt").SelectMany(rt => rt.ChildNodes.Where(n => n is IText || n is IElement { LocalName: "span" }));
}
