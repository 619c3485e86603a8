using System.Text;
using AngleSharp.Dom;

namespace QingdaoReader.Rendering;

/// <summary>
/// Serialises annotated HTML, following the HTML5 fragment serialisation rules: every end tag written (so
/// <c>&lt;/rt&gt;</c> is never dropped, unlike minifying), no whitespace added (pretty-printing would open gaps inside
/// <c>&lt;ruby&gt;</c>), text and attribute values escaped. It walks children by enumeration, so a paragraph with a
/// hundred thousand words serialises in linear time (AngleSharp's own serialiser looks up siblings by index).
/// </summary>
public static class HtmlSerializer
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
        { "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>The element's children as HTML (what InnerHtml gives).</summary>
    public static string InnerHtml(INode node)
    {
        var sb = new StringBuilder();
        WriteChildren(node, sb);
        return sb.ToString();
    }

    private static void WriteChildren(INode node, StringBuilder sb)
    {
        var raw = node is IElement p && RawTextElements.Contains(p.LocalName);
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement e: WriteElement(e, sb); break;
                case IText t when raw: sb.Append(t.Data); break;
                case IText t: Escape(t.Data, sb, attribute: false); break;
                case IComment c: sb.Append("<!--").Append(c.Data).Append("-->"); break;
            }
        }
    }

    private static void WriteElement(IElement e, StringBuilder sb)
    {
        var name = e.LocalName;
        sb.Append('<').Append(name);
        foreach (var a in e.Attributes)
        {
            sb.Append(' ').Append(a.Name).Append("=\"");
            Escape(a.Value, sb, attribute: true);
            sb.Append('"');
        }
        sb.Append('>');
        if (VoidElements.Contains(name)) return;
        if (name is "pre" or "textarea" or "listing" && e.FirstChild is IText { Data: [ '\n', .. ] }) sb.Append('\n');
        WriteChildren(name == "template" && e is AngleSharp.Html.Dom.IHtmlTemplateElement t ? t.Content : e, sb);
        sb.Append("</").Append(name).Append('>');
    }

    private static void Escape(string text, StringBuilder sb, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '\u00A0': sb.Append("&nbsp;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '<' when !attribute: sb.Append("&lt;"); break;
                case '>' when !attribute: sb.Append("&gt;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
