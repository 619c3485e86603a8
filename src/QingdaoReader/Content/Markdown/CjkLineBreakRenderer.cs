using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace QingdaoReader.Content.Markdown;

/// <summary>
/// A soft line break between two CJK characters is a line wrapped in the source, not a word space: Chinese has no
/// spaces between words, and browsers would show the newline as one. Between Latin words it stays a newline.
/// </summary>
public sealed class CjkLineBreakRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.WriteLine(renderer.EnableHtmlForInline ? "<br />" : "");
            return;
        }
        var before = LastRune(obj.PreviousSibling);
        var after = FirstRune(obj.NextSibling);
        if ((before is { } b && ChineseScript.IsCjk(b)) || (after is { } a && ChineseScript.IsCjk(a))) return;
        renderer.WriteLine();
    }

    private static Rune? LastRune(Inline? inline)
    {
        while (inline is ContainerInline c && c.LastChild is not null) inline = c.LastChild;
        if (inline is LiteralInline lit && lit.Content.Length > 0)
        {
            var s = lit.Content.ToString();
            return Rune.GetRuneAt(s, char.IsLowSurrogate(s[^1]) && s.Length > 1 ? s.Length - 2 : s.Length - 1);
        }
        return null;
    }

    private static Rune? FirstRune(Inline? inline)
    {
        while (inline is ContainerInline c && c.FirstChild is not null) inline = c.FirstChild;
        if (inline is LiteralInline lit && lit.Content.Length > 0)
            return Rune.GetRuneAt(lit.Content.ToString(), 0);
        return null;
    }
}
