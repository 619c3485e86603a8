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
/// for the words). Each word becomes one ruby, <c>&lt;ruby&gt;青岛&lt;rt&gt;Qīng⁠dǎo&lt;/ruby&gt;</c>, whose rt
/// holds the word's pinyin as GB/T 16159 writes it (names capitalised, a long term's words apart: "Xí Jìn⁠píng"), its
/// syllables parted by an invisible U+2060 word joiner (<see cref="PageContract.SyllableJoiner"/>);
/// two adjacent words are separated by a <c>&lt;wbr&gt;</c>. A syllable whose spoken tone
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
        e.ClassList.Contains(PageContract.ParagraphClass) || e.LocalName is "h1" or "h2" or "h3" or "h4" or "header";

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
            sb.Append("<a class=\"" + PageContract.TermClass + "\" href=\"");
            EscapeAttribute(_termUrl(m.Entry), sb);
            sb.Append("\" " + PageContract.TermAttribute + "=\"");
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

    // A word of this many characters or more whose pinyin has several words (a glossary term cut whole: 全面深化改革,
    // 黄河流域生态保护和高质量发展) is set word by word inside its ruby, each word's pinyin over its characters, and may break
    // across lines between those words, so it never runs past a phone's screen.
    private const int LongWord = 6;

    private void WriteWord(StringBuilder sb, WordReading word, string pinyin)
    {
        // Two words side by side get a break opportunity between them: a word itself never breaks across lines
        // (CSS keeps it together), and punctuation around words keeps the browser's own rules.
        if (ReferenceEquals(_lastWordBuffer, sb) && _lastWordEnd == sb.Length) sb.Append("<wbr>");
        // The word is its ruby: its characters together as in plain text, one rt over them (a long pinyin widens the
        // word at its edges, it opens no hole). The last rt's end tag is implied by </ruby> (HTML's optional end tags).
        var pieces = Align(word, pinyin);
        if (pieces is not null && word.Text.Length >= LongWord && pieces.Exists(p => p.Separator.Contains(' ')))
        {
            sb.Append("<ruby class=\"" + PageContract.LongWordClass + "\">");
            for (var from = 0; from < pieces.Count;)
            {
                var to = from + 1;
                while (to < pieces.Count && !pieces[to].Separator.Contains(' ')) to++;
                // Each word's characters in a span that CSS keeps on one line: Chromium would otherwise break a
                // ruby's base anywhere (现代|化), whatever word-break says.
                sb.Append("<span>");
                EscapeText(word.Text[(from == 0 ? 0 : pieces[from].Offset)..(to < pieces.Count ? pieces[to].Offset : word.Text.Length)], sb);
                sb.Append("</span><rt>");
                WritePinyin(sb, pieces, from, to);
                if (to < pieces.Count) sb.Append("</rt>");
                from = to;
            }
        }
        else
        {
            sb.Append("<ruby>");
            EscapeText(word.Text, sb);
            sb.Append("<rt>");
            if (pieces is null) EscapeText(pinyin, sb);
            else WritePinyin(sb, pieces, 0, pieces.Count);
        }
        foreach (var s in word.Syllables) if (s is not null) HanCount++;
        sb.Append("</ruby>");
        _lastWordBuffer = sb;
        _lastWordEnd = sb.Length;
    }

    private StringBuilder? _lastWordBuffer;
    private int _lastWordEnd = -1;

    /// <summary>
    /// Writes syllables [from, to) of the word's pinyin as GB/T 16159 writes it (the dictionary words of a term apart,
    /// names capitalised: "Xí Jìnpíng", "gōngzuò huìbào"), so an rt's text is the word's pinyin.
    /// Syllables written together are parted by <see cref="PageContract.SyllableJoiner"/> (invisible, no line break), for
    /// reader.js to colour each by its tone; a syllable whose spoken tone differs (一/不) is a span with
    /// <c>data-spoken</c>.
    /// </summary>
    private static void WritePinyin(StringBuilder sb, List<Syllable> pieces, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var (separator, syllable, spoken, _) = pieces[i];
            if (i > from && separator.Contains(' ')) sb.Append(' ');
            else if (i > from && spoken is null && pieces[i - 1].Spoken is null) sb.Append(PageContract.SyllableJoiner);
            if (spoken is not null)
            {
                sb.Append("<span " + PageContract.SpokenAttribute + "=\"");
                EscapeAttribute(char.IsUpper(syllable[0]) ? Pinyin.Capitalize(spoken) : spoken, sb);
                sb.Append("\">");
                EscapeText(syllable, sb);
                sb.Append("</span>");
                continue;
            }
            if (i > from) EscapeText(separator.Replace(" ", ""), sb);
            EscapeText(syllable, sb);
        }
    }

    /// <summary>A syllable as it stands in the word's pinyin: what precedes it there (nothing, a space, an
    /// apostrophe), its letters there, its spoken form where that differs, and where its character starts in the word (UTF-16).</summary>
    private readonly record struct Syllable(string Separator, string Text, string? Spoken, int Offset);

    /// <summary>
    /// The word's syllables as they stand in <paramref name="pinyin"/>; null when the pinyin does not follow the
    /// syllables letter for letter (tones and capitals may differ: a glossary term's own pinyin).
    /// </summary>
    private static List<Syllable>? Align(WordReading word, string pinyin)
    {
        var pieces = new List<Syllable>(word.Syllables.Count);
        var at = 0;
        var offset = 0;
        for (var i = 0; i < word.Syllables.Count && offset < word.Text.Length; i++)
        {
            var start = offset;
            // Slice the original text (a lone surrogate stays itself; Rune would make it U+FFFD).
            Rune.DecodeFromUtf16(word.Text.AsSpan(offset), out _, out var length);
            offset += Math.Max(1, length);
            if (word.Syllables[i] is not { } syllable) continue;
            var before = at;
            while (at < pinyin.Length && pinyin[at] is ' ' or '\'' or '-' or '\u2019') at++;
            if (at + syllable.Length > pinyin.Length) return null;
            var written = pinyin.Substring(at, syllable.Length);
            var same = string.Equals(written, syllable, StringComparison.OrdinalIgnoreCase);
            if (!same && Pinyin.Toneless(written) != Pinyin.Toneless(syllable)) return null;
            var spoken = i < word.SpokenSyllables.Count ? word.SpokenSyllables[i] : null;
            pieces.Add(new Syllable(pinyin[before..at], written, same && spoken is not null && spoken != syllable ? spoken : null, start));
            at += syllable.Length;
        }
        return at == pinyin.Length ? pieces : null;
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
