using System.Text;
using AngleSharp.Dom;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;
using QingdaoReader.Rendering;
using QingdaoReader.Text;

namespace QingdaoReader.Annotation;

/// <summary>A word as the annotator wrote it: its text, its pinyin there, the glossary term it belongs to, and the
/// id of the paragraph or heading that holds it.</summary>
public readonly record struct AnnotatedWord(string Text, string Pinyin, GlossaryEntry? Term, int TermOccurrence, string AnchorId);

/// <summary>
/// Puts pinyin over the Chinese text of rendered HTML, writing the annotated HTML in one pass (no DOM nodes are made
/// for the words). Each word becomes
/// <c>&lt;span class="w" data-py="Qīngdǎo"&gt;&lt;ruby&gt;青岛&lt;rt&gt;qīng&lt;wbr&gt;dǎo&lt;/rt&gt;&lt;/ruby&gt;&lt;/span&gt;</c>:
/// one <c>rt</c> per word with its syllables separated by <c>&lt;wbr&gt;</c>, the whole word's
/// pinyin on the group when it is not just the syllables together (<c>data-py</c>); two adjacent words are separated by a <c>&lt;wbr&gt;</c>. A syllable whose spoken tone
/// differs (一/不 tone changes) carries it in <c>data-spoken</c>. Glossary terms become links to their glossary entry.
/// Text outside Chinese (code, pre, script, style, rt, and anything marked with a non-Chinese lang) is left alone,
/// and removing the annotation (rt elements and wrappers) gives back exactly the original text.
/// One annotator serves one page: it records the words and terms it wrote.
/// </summary>
public sealed class RubyAnnotator : HtmlSerializer
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
        { "code", "pre", "script", "style", "rt", "rp", "ruby", "textarea", "kbd", "samp", "svg", "math", "template" };

    private readonly IWordReader _reader;
    private readonly GlossaryMatcher _glossary;
    private readonly Func<GlossaryEntry, string> _termUrl;
    private readonly Stack<string> _anchors = new();
    private int _skipDepth;
    private int _linkDepth;

    public RubyAnnotator(IWordReader reader, GlossaryMatcher glossary, Func<GlossaryEntry, string> termUrl)
    {
        _reader = reader;
        _glossary = glossary;
        _termUrl = termUrl;
    }

    /// <summary>Every word written so far, in order.</summary>
    public List<AnnotatedWord> Words { get; } = [];

    /// <summary>Every glossary term linked so far, in order.</summary>
    public List<TermOccurrence> Terms { get; } = [];

    /// <summary>How many Han characters got a reading.</summary>
    public int HanCount { get; private set; }

    /// <summary>The annotated HTML of the node's children.</summary>
    public string AnnotatedInnerHtml(INode node)
    {
        var sb = new StringBuilder();
        WriteChildren(node, sb);
        return sb.ToString();
    }

    /// <summary>Annotates an element in place (its children are replaced by the annotated HTML); returns the terms linked.</summary>
    public IReadOnlyList<TermOccurrence> Annotate(IElement root)
    {
        var before = Terms.Count;
        if (root.Id is { Length: > 0 } id && IsAnchor(root)) _anchors.Push(id);
        root.InnerHtml = AnnotatedInnerHtml(root);
        if (root.Id is { Length: > 0 } && IsAnchor(root)) _anchors.Pop();
        return Terms.Skip(before).ToList();
    }

    protected override void Enter(IElement e)
    {
        if (_skipDepth > 0 || IsSkipped(e)) _skipDepth++;
        if (e.LocalName == "a") _linkDepth++;
        if (IsAnchor(e) && !string.IsNullOrEmpty(e.Id)) _anchors.Push(e.Id!);
    }

    protected override void Leave(IElement e)
    {
        if (_skipDepth > 0) _skipDepth--;
        if (e.LocalName == "a") _linkDepth--;
        if (IsAnchor(e) && !string.IsNullOrEmpty(e.Id)) _anchors.Pop();
    }

    private static bool IsAnchor(IElement e) =>
        e.ClassList.Contains("para") || e.LocalName is "h1" or "h2" or "h3" or "h4" or "header";

    private static bool IsSkipped(IElement e)
    {
        if (SkippedElements.Contains(e.LocalName)) return true;
        var lang = e.GetAttribute("lang");
        if (lang is not null && !lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return true;
        return e.ClassList.Contains("w") || e.ClassList.Contains("no-pinyin");
    }

    protected override void WriteText(IText textNode, StringBuilder sb)
    {
        var text = textNode.Data;
        if (_skipDepth > 0 || !ChineseScript.ContainsHan(text))
        {
            EscapeText(text, sb);
            return;
        }
        var anchor = _anchors.Count > 0 ? _anchors.Peek() : "";
        var position = 0;
        foreach (var m in _linkDepth > 0 ? [] : _glossary.Matches(text))
        {
            if (m.Start > position) WriteWords(sb, text[position..m.Start], null, anchor);
            if (ReferenceEquals(_lastWordBuffer, sb) && _lastWordEnd == sb.Length) sb.Append("<wbr>");
            sb.Append("<a class=\"term\" href=\"");
            EscapeAttribute(_termUrl(m.Entry), sb);
            sb.Append("\" data-term=\"");
            EscapeAttribute(m.Entry.Id, sb);
            sb.Append("\">");
            Terms.Add(new TermOccurrence(m.Entry, anchor));
            WriteWords(sb, text.Substring(m.Start, m.Length), m.Entry, anchor);
            sb.Append("</a>");
            _lastWordBuffer = sb;
            _lastWordEnd = sb.Length;
            position = m.Start + m.Length;
        }
        if (position < text.Length) WriteWords(sb, position == 0 ? text : text[position..], null, anchor);
    }

    private void WriteWords(StringBuilder sb, string text, GlossaryEntry? term, string anchor)
    {
        var words = _reader.Read(text);
        var single = words.Count(w => w.HasHan) == 1;
        foreach (var word in words)
        {
            if (!word.HasHan)
            {
                EscapeText(word.Text, sb);
                continue;
            }
            var pinyin = single && term?.Pinyin is { } overridden ? overridden : word.WordPinyin;
            WriteWord(sb, word, pinyin);
            Words.Add(new AnnotatedWord(word.Text, pinyin, term, term is null ? -1 : Terms.Count - 1, anchor));
        }
    }

    private void WriteWord(StringBuilder sb, WordReading word, string pinyin)
    {
        // Two words side by side get a break opportunity between them: a word itself never breaks across lines
        // (CSS keeps it together), and punctuation around words keeps the browser's own rules.
        if (ReferenceEquals(_lastWordBuffer, sb) && _lastWordEnd == sb.Length) sb.Append("<wbr>");
        // The word's pinyin is written only where it is not just its syllables together (names, parts written apart,
        // overrides): reader.js fills the rest in, which keeps the page within its weight budget.
        if (pinyin == string.Concat(word.Syllables)) sb.Append("<span class=\"w\">");
        else
        {
            sb.Append("<span class=\"w\" data-py=\"");
            EscapeAttribute(pinyin, sb);
            sb.Append("\">");
        }
        // One ruby per run of Han characters, with one rt holding the run's syllables: the characters stay together
        // as in plain text and the pinyin reads as one word (a long syllable widens the word, it opens no hole).
        var run = new List<(string Syllable, string? Spoken)>();
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
                CloseRuby(sb, run);
                EscapeText(unit, sb);
                continue;
            }
            if (run.Count == 0) sb.Append("<ruby>");
            EscapeText(unit, sb);
            run.Add((syllable, spoken is not null && spoken != syllable ? spoken : null));
            HanCount++;
        }
        CloseRuby(sb, run);
        sb.Append("</span>");
        _lastWordBuffer = sb;
        _lastWordEnd = sb.Length;
    }

    private StringBuilder? _lastWordBuffer;
    private int _lastWordEnd = -1;

    /// <summary>Writes the run's rt and closes its ruby. Syllables are text separated by <c>&lt;wbr&gt;</c> (invisible in
    /// a word that never breaks); a syllable whose spoken tone differs (一/不) is a span with <c>data-spoken</c>.
    /// reader.js wraps each syllable in a span at load for tone colours; plain text keeps the page light.</summary>
    private static void CloseRuby(StringBuilder sb, List<(string Syllable, string? Spoken)> run)
    {
        if (run.Count == 0) return;
        sb.Append("<rt>");
        for (var i = 0; i < run.Count; i++)
        {
            var (syllable, spoken) = run[i];
            if (spoken is not null)
            {
                sb.Append("<span data-spoken=\"");
                EscapeAttribute(spoken, sb);
                sb.Append("\">");
                EscapeText(syllable, sb);
                sb.Append("</span>");
                continue;
            }
            // Two text syllables side by side need a separator; a span already is one.
            if (i > 0 && run[i - 1].Spoken is null) sb.Append("<wbr>");
            EscapeText(syllable, sb);
        }
        sb.Append("</rt></ruby>");
        run.Clear();
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
