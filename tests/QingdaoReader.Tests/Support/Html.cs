using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QingdaoReader.Annotation;
using QingdaoReader.Glossary;
using QingdaoReader.Rendering;

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

    /// <summary>Annotates the body's content in place as the build does (the annotator's records, written as HTML by the
    /// Render stage); returns the records.</summary>
    public static AnnotatedContent Annotate(IElement body, IWordReader reader, GlossaryMatcher glossary, string glossaryPage = "")
    {
        var content = new RubyAnnotator(reader, glossary).Annotate(body);
        body.InnerHtml = AnnotatedHtmlWriter.Write(content, glossaryPage);
        return content;
    }

    /// <summary>
    /// Structures the body as the build does (Parse's records), annotates each part and writes it as Render does, into
    /// the body; returns the text the structure holds, which the written body must show.
    /// </summary>
    public static string StructureAndAnnotate(IElement body, IWordReader reader, GlossaryMatcher glossary)
    {
        var parts = QingdaoReader.Parsing.ReadingStructure.Apply(body);
        var text = string.Concat(parts.All.SelectMany(p => p.Nodes).Select(n => n switch
        {
            QingdaoReader.Parsing.ParagraphNode para => para.Main.TextContent + string.Concat(para.Attached.Select(a => a.Element.TextContent)),
            QingdaoReader.Parsing.MarkedNode m => m.Element.TextContent + (m.English ?? ""),
            QingdaoReader.Parsing.PlainNode plain => plain.Node.TextContent,
            _ => "",
        }));
        var annotator = new RubyAnnotator(reader, glossary);
        body.InnerHtml = string.Concat(parts.All.Select(p => AnnotatedHtmlWriter.Write(annotator.Annotate(p), "")));
        return text;
    }

    /// <summary>A word's pinyin as the page gives it: the text of its rt (a word is its ruby; a long term's ruby has an
    /// rt per word of it, which read apart).</summary>
    public static string WordPinyin(IElement word) =>
        word.GetAttribute("data-py") ?? string.Join(" ", word.QuerySelectorAll("rt").Select(rt => rt.TextContent.Replace("\u2060", "")));

    /// <summary>The syllables of annotated text, in order: in a word's rt, text separated by U+2060 word joiners or a
    /// space (an apostrophe stays with its syllable), or a span where the spoken tone differs.</summary>
    public static IEnumerable<string> Syllables(IElement annotated) =>
        annotated.QuerySelectorAll("rt").SelectMany(rt => rt.ChildNodes)
            .SelectMany(n => n is IText t ? t.Data.Split([' ', '\u2060'], StringSplitOptions.RemoveEmptyEntries)
                : n is IElement { LocalName: "span" } e ? [e.TextContent] : []);
}
