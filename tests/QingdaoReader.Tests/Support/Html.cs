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

    /// <summary>The syllable elements of annotated text, in order: a word's rt holds one span per syllable, or the
    /// syllable itself when the word has one.</summary>
    public static IEnumerable<IElement> Syllables(IElement annotated) =>
        annotated.QuerySelectorAll("rt").SelectMany<IElement, IElement>(rt => rt.Children.Length > 0 ? rt.Children : [rt]);
}
