using AngleSharp.Dom;
using QingdaoReader.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Parsing;

/// <summary>A run of a reading's Chinese text, as the build reads it: one text node, where it is, and whether a link holds it.</summary>
/// <param name="InLink">Inside a link the build reads the words but links no glossary term.</param>
public sealed record ChineseRun(string Text, SourceLocation Location, bool InLink);

/// <summary>
/// The one definition of "the Chinese text of a reading": its title, its subtitle and the text nodes of its text blocks
/// (paragraphs, headings, lists, quotes, tables; not translations, notes or questions), leaving out what the build
/// gives no reading (code, pre, rt, anything marked with a non-Chinese lang, <see cref="IsSkipped"/>). The build's
/// annotator reads by the same rule; <c>qreader check</c>, the glossary suggestions and the vocabulary read these runs.
/// </summary>
public static class ChineseText
{
    // Raw-text elements (iframe, xmp, …) hold markup-like text, not text to read.
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "pre", "script", "style", "rt", "rp", "ruby", "textarea", "kbd", "samp", "svg", "math", "template",
        "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Whether an element's text is not Chinese to read (and so gets no pinyin and no glossary link).</summary>
    public static bool IsSkipped(IElement e)
    {
        if (SkippedElements.Contains(e.LocalName)) return true;
        var lang = e.GetAttribute("lang");
        if (lang is not null && !lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return true;
        return e.ClassList.Contains("w") || e.ClassList.Contains("no-pinyin");
    }

    /// <summary>The reading's Chinese text, in order.</summary>
    public static IReadOnlyList<ChineseRun> Of(ParsedReading parsed)
    {
        var reading = parsed.Reading;
        var runs = new List<ChineseRun>();
        var file = new SourceLocation(reading.SourcePath);
        if (ChineseScript.ContainsHan(reading.Metadata.Title)) runs.Add(new ChineseRun(reading.Metadata.Title, file, false));
        if (reading.Metadata.Subtitle is { } subtitle && ChineseScript.ContainsHan(subtitle)) runs.Add(new ChineseRun(subtitle, file, false));
        foreach (var group in parsed.Groups)
        {
            var block = group.Main;
            if (!block.IsText) continue;
            var at = block.Line > 0 ? reading.Location(block.Line) : file;
            Walk(block.Element, at, inLink: false, runs);
        }
        return runs;
    }

    private static void Walk(INode node, SourceLocation at, bool inLink, List<ChineseRun> into)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (ChineseScript.ContainsHan(text.Data)) into.Add(new ChineseRun(text.Data, at, inLink));
            }
            else if (child is IElement e && !IsSkipped(e))
            {
                Walk(e, at, inLink || e.LocalName == "a", into);
            }
        }
    }
}
