using System.Text;
using AngleSharp.Dom;

namespace QingdaoReader.Rendering;

/// <summary>
/// Serialises HTML following the HTML5 fragment serialisation rules: every end tag written (so <c>&lt;/rt&gt;</c> is
/// never dropped, unlike minifying), no whitespace added (pretty-printing would open gaps inside <c>&lt;ruby&gt;</c>),
/// text and attribute values escaped. It walks children by enumeration, so a paragraph with a hundred thousand words
/// serialises in linear time (AngleSharp's own serialiser looks up siblings by index). Subclasses may write text nodes
/// their own way (the ruby annotator does) and follow the elements they pass through.
/// </summary>
public class HtmlSerializer
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
        { "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    private static readonly HtmlSerializer Plain = new();

    /// <summary>The node's children as HTML (what InnerHtml gives).</summary>
    public static string InnerHtml(INode node)
    {
        var sb = new StringBuilder();
        Plain.WriteChildren(node, sb);
        return sb.ToString();
    }

    public void WriteChildren(INode node, StringBuilder sb)
    {
        var raw = node is IElement p && RawTextElements.Contains(p.LocalName);
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement e: WriteElement(e, sb); break;
                case IText t when raw: sb.Append(t.Data); break;
                case IText t: WriteText(t, sb); break;
                case IComment c: sb.Append("<!--").Append(c.Data).Append("-->"); break;
            }
        }
    }

    /// <summary>Writes a text node; the default escapes it.</summary>
    protected virtual void WriteText(IText text, StringBuilder sb) => EscapeText(text.Data, sb);

    /// <summary>Called before an element's children are written.</summary>
    protected virtual void Enter(IElement element) { }

    /// <summary>Called after an element's children are written.</summary>
    protected virtual void Leave(IElement element) { }

    private void WriteElement(IElement e, StringBuilder sb)
    {
        var name = e.LocalName;
        sb.Append('<').Append(name);
        foreach (var a in e.Attributes)
        {
            sb.Append(' ').Append(a.Name).Append("=\"");
            EscapeAttribute(a.Value, sb);
            sb.Append('"');
        }
        sb.Append('>');
        if (VoidElements.Contains(name)) return;
        if (name is "pre" or "textarea" or "listing" && e.FirstChild is IText { Data: ['\n', ..] }) sb.Append('\n');
        Enter(e);
        WriteChildren(name == "template" && e is AngleSharp.Html.Dom.IHtmlTemplateElement t ? t.Content : e, sb);
        Leave(e);
        sb.Append("</").Append(name).Append('>');
    }

    public static void EscapeText(string text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '\u00A0': sb.Append("&nbsp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static void EscapeAttribute(string text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '\u00A0': sb.Append("&nbsp;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
