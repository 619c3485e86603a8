using System.Text;
using AngleSharp.Dom;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;

namespace QingdaoReader.Annotation;

/// <summary>
/// Puts pinyin over the Chinese text of rendered HTML. Each word becomes
/// <c>&lt;span class="w" data-py="Qīngdǎo"&gt;&lt;ruby&gt;青&lt;rt&gt;qīng&lt;/rt&gt;岛&lt;rt&gt;dǎo&lt;/rt&gt;&lt;/ruby&gt;&lt;/span&gt;</c>:
/// one <c>rt</c> per Han character, the whole word's pinyin on the group. An <c>rt</c> whose spoken tone differs
/// (一/不 tone changes) carries it in <c>data-spoken</c>. Glossary terms become links to their glossary entry.
/// Text outside Chinese (code, pre, script, style, rt, and anything marked lang="en") is left alone, and removing
/// the annotation (rt elements and wrappers) gives back exactly the original text.
/// </summary>
public sealed class RubyAnnotator
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
        { "code", "pre", "script", "style", "rt", "rp", "ruby", "textarea", "kbd", "samp", "svg", "math", "template" };

    private readonly IWordReader _reader;
    private readonly GlossaryMatcher _glossary;
    private readonly Func<GlossaryEntry, string> _termUrl;

    public RubyAnnotator(IWordReader reader, GlossaryMatcher glossary, Func<GlossaryEntry, string> termUrl)
    {
        _reader = reader;
        _glossary = glossary;
        _termUrl = termUrl;
    }

    /// <summary>Annotates every Chinese text node under <paramref name="root"/>; returns the glossary terms it linked.</summary>
    public IReadOnlyList<TermOccurrence> Annotate(IElement root)
    {
        var occurrences = new List<TermOccurrence>();
        var textNodes = new List<IText>();
        Collect(root, textNodes);
        foreach (var text in textNodes) Replace(text, occurrences);
        return occurrences;
    }

    private static void Collect(INode node, List<IText> into)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                if (ChineseScript.ContainsHan(t.Data)) into.Add(t);
            }
            else if (child is IElement e && !IsSkipped(e))
            {
                Collect(e, into);
            }
        }
    }

    private static bool IsSkipped(IElement e)
    {
        if (SkippedElements.Contains(e.LocalName)) return true;
        var lang = e.GetAttribute("lang");
        if (lang is not null && !lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return true;
        return e.ClassList.Contains("w") || e.ClassList.Contains("no-pinyin");
    }

    private void Replace(IText textNode, List<TermOccurrence> occurrences)
    {
        var document = textNode.Owner!;
        var text = textNode.Data;
        var fragment = document.CreateDocumentFragment();
        var insideLink = textNode.Ancestors<IElement>().Any(a => a.LocalName == "a");
        var position = 0;
        foreach (var m in insideLink ? [] : _glossary.Matches(text))
        {
            if (m.Start > position) AppendWords(fragment, text[position..m.Start]);
            var link = document.CreateElement("a");
            link.ClassList.Add("term");
            link.SetAttribute("href", _termUrl(m.Entry));
            link.SetAttribute("data-term", m.Entry.Id);
            AppendWords(link, text.Substring(m.Start, m.Length), m.Entry.Pinyin);
            fragment.AppendChild(link);
            occurrences.Add(new TermOccurrence(m.Entry, AnchorOf(textNode)));
            position = m.Start + m.Length;
        }
        if (position < text.Length) AppendWords(fragment, position == 0 ? text : text[position..]);
        textNode.Parent!.ReplaceChild(fragment, textNode);
    }

    private void AppendWords(INode parent, string text, string? pinyinOverride = null)
    {
        var document = parent.Owner ?? (IDocument)parent;
        var words = _reader.Read(text);
        foreach (var word in words)
        {
            if (!word.HasHan)
            {
                parent.AppendChild(document.CreateTextNode(word.Text));
                continue;
            }
            parent.AppendChild(WordElement(document, word, words.Count == 1 ? pinyinOverride : null));
        }
    }

    private static IElement WordElement(IDocument document, WordReading word, string? pinyinOverride)
    {
        var span = document.CreateElement("span");
        span.ClassName = "w";
        span.SetAttribute("data-py", pinyinOverride ?? word.WordPinyin);
        IElement? ruby = null;
        var latin = new StringBuilder();
        var i = 0;
        for (var at = 0; at < word.Text.Length;)
        {
            // Slice the original text (a lone surrogate stays itself; Rune would make it U+FFFD).
            Rune.DecodeFromUtf16(word.Text.AsSpan(at), out _, out var length);
            var unit = word.Text.Substring(at, Math.Max(1, length));
            at += unit.Length;
            var syllable = i < word.Syllables.Count ? word.Syllables[i] : null;
            var spoken = i < word.SpokenSyllables.Count ? word.SpokenSyllables[i] : null;
            i++;
            if (syllable is null)
            {
                ruby = null;
                latin.Append(unit);
                continue;
            }
            if (latin.Length > 0) { span.AppendChild(document.CreateTextNode(latin.ToString())); latin.Clear(); }
            if (ruby is null) { ruby = document.CreateElement("ruby"); span.AppendChild(ruby); }
            ruby.AppendChild(document.CreateTextNode(unit));
            var rt = document.CreateElement("rt");
            rt.TextContent = syllable;
            if (spoken is not null && spoken != syllable) rt.SetAttribute("data-spoken", spoken);
            ruby.AppendChild(rt);
        }
        if (latin.Length > 0) span.AppendChild(document.CreateTextNode(latin.ToString()));
        return span;
    }

    private static string AnchorOf(INode node)
    {
        for (var e = node.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.ClassList.Contains("para") || e.LocalName is "h1" or "h2" or "h3" or "h4" or "header")
            {
                if (!string.IsNullOrEmpty(e.Id)) return e.Id!;
            }
        }
        return "";
    }

    /// <summary>The text with the annotation taken away: rt/rp contents dropped, every other element unwrapped.</summary>
    public static string PlainText(INode node)
    {
        var sb = new StringBuilder();
        Plain(node, sb);
        return sb.ToString();
    }

    private static void Plain(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) sb.Append(t.Data);
            else if (child is IElement e && e.LocalName is not ("rt" or "rp")) Plain(e, sb);
        }
    }
}
