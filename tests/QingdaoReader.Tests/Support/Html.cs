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
}
