using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using QingdaoReader.Text;

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
            // A lone surrogate decodes as U+FFFD rather than throwing.
            Rune.DecodeLastFromUtf16(lit.Content.ToString(), out var last, out _);
            return last;
        }
        return null;
    }

    private static Rune? FirstRune(Inline? inline)
    {
        while (inline is ContainerInline c && c.FirstChild is not null) inline = c.FirstChild;
        if (inline is LiteralInline lit && lit.Content.Length > 0)
        {
            Rune.DecodeFromUtf16(lit.Content.ToString(), out var first, out _);
            return first;
        }
        return null;
    }
}
