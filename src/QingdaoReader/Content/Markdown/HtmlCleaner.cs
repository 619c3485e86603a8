using Ganss.Xss;

namespace QingdaoReader.Content.Markdown;

/// <summary>
/// The one sanitiser for content HTML: HtmlSanitizer's safe defaults (no script, no event handlers, no javascript:
/// URLs), plus the attributes our Markdown extensions write (ids, classes, lang) and a few harmless ones.
/// </summary>
public static class HtmlCleaner
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        foreach (var a in new[] { "id", "class", "lang", "title", "dir", "start", "reversed", "colspan", "rowspan", "align" })
            s.AllowedAttributes.Add(a);
        foreach (var t in new[] { "ruby", "rt", "rp", "mark", "figure", "figcaption", "aside", "section", "details", "summary", "del", "ins", "sup", "sub" })
            s.AllowedTags.Add(t);
        s.AllowedSchemes.Add("mailto");
        s.AllowDataAttributes = false;
        return s;
    }

    // HtmlSanitizer is documented as thread-safe once configured.
    public static string Clean(string html) => Sanitizer.Sanitize(html);

    /// <summary>Sanitises a parsed document's body in place (no second parse).</summary>
    public static void Clean(AngleSharp.Html.Dom.IHtmlDocument document) => Sanitizer.SanitizeDom(document, document.Body as AngleSharp.Html.Dom.IHtmlElement);
}
