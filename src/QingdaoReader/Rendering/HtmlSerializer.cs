using System.Text;
using AngleSharp.Dom;

namespace QingdaoReader.Rendering;

/// <summary>
/// Serialises HTML following the HTML5 fragment serialisation rules: every end tag written (so <c>&lt;/rt&gt;</c> is
/// never dropped, unlike minifying), no whitespace added (pretty-printing would open gaps inside <c>&lt;ruby&gt;</c>),
/// text and attribute values escaped. It walks children by enumeration, so a paragraph with a hundred thousand words
/// serialises in linear time (AngleSharp's own serialiser looks up siblings by index). The one escaping path for
/// content HTML: <see cref="AnnotatedHtmlWriter"/> writes annotated content with these pieces.
/// </summary>
public static class HtmlSerializer
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
        { "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>The node's children as HTML (what InnerHtml gives).</summary>
    public static string InnerHtml(INode node)
    {
        var sb = new StringBuilder();
        WriteChildren(node, sb);
        return sb.ToString();
    }

    private static void WriteChildren(INode node, StringBuilder sb)
    {
        var raw = HoldsRawText(node);
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement e:
                    WriteStartTag(e, sb);
                    WriteChildren(e is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content : e, sb);
                    WriteEndTag(e, sb);
                    break;
                case IText t: WriteText(t.Data, raw, sb); break;
                case IComment c: WriteComment(c.Data, sb); break;
            }
        }
    }

    /// <summary>True when the node's text children are written as they are (script, style and the like).</summary>
    public static bool HoldsRawText(INode? node) => node is IElement e && RawTextElements.Contains(e.LocalName);

    /// <summary>The element's start tag with its attributes (and the newline a pre's first line would lose).</summary>
    public static void WriteStartTag(IElement e, StringBuilder sb) => WriteStartTag(e, sb, null);

    /// <summary>
    /// The element's start tag, with what the structure adds: a class after its own (a teacher's note), lang="en" where
    /// it has no lang (a translation, a note), an id where it has none (a section heading), after its own attributes.
    /// </summary>
    public static void WriteStartTag(IElement e, StringBuilder sb, string? addedId, bool english = false, string? addedClass = null)
    {
        var name = e.LocalName;
        sb.Append('<').Append(name);
        var hasClass = false;
        foreach (var a in e.Attributes)
        {
            sb.Append(' ').Append(a.Name).Append("=\"");
            if (addedClass is not null && a.Name == "class")
            {
                hasClass = true;
                var classes = a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                if (!classes.Contains(addedClass)) classes.Add(addedClass);
                EscapeAttribute(string.Join(' ', classes), sb);
            }
            else EscapeAttribute(a.Value, sb);
            sb.Append('"');
        }
        if (addedClass is not null && !hasClass)
        {
            sb.Append(" class=\"");
            EscapeAttribute(addedClass, sb);
            sb.Append('"');
        }
        if (english && e.GetAttribute("lang") is null) sb.Append(" lang=\"en\"");
        if (addedId is not null)
        {
            sb.Append(" id=\"");
            EscapeAttribute(addedId, sb);
            sb.Append('"');
        }
        sb.Append('>');
        if (name is "pre" or "textarea" or "listing" && e.FirstChild is IText { Data: ['\n', ..] }) sb.Append('\n');
    }

    /// <summary>The element's end tag; nothing for a void element (br, img, wbr …).</summary>
    public static void WriteEndTag(IElement e, StringBuilder sb)
    {
        if (!VoidElements.Contains(e.LocalName)) sb.Append("</").Append(e.LocalName).Append('>');
    }

    public static void WriteText(string text, bool raw, StringBuilder sb)
    {
        if (raw) sb.Append(text);
        else EscapeText(text, sb);
    }

    public static void WriteComment(string text, StringBuilder sb) => sb.Append("<!--").Append(text).Append("-->");

    public static void EscapeText(ReadOnlySpan<char> text, StringBuilder sb)
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

    public static void EscapeAttribute(ReadOnlySpan<char> text, StringBuilder sb)
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
