using System.Text;
using AngleSharp.Dom;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;
using QingdaoReader.Text;

namespace QingdaoReader.Annotation;

/// <summary>
/// Reads the Chinese text of parsed content: walks its nodes and gives them back as <see cref="InlinePiece"/>s, each
/// word with its reading (<see cref="AnnotatedWord"/>), each glossary term's words grouped in a <see cref="TermLink"/>,
/// everything else passed through. Text outside Chinese (code, pre, script, style, rt, and anything marked with a
/// non-Chinese lang) gets no reading, and the pieces' texts in order are exactly the content's text.
/// Writing the pieces as ruby markup is the Render stage's (<c>Rendering/AnnotatedHtmlWriter</c>).
/// </summary>
public sealed class RubyAnnotator(IWordReader reader, GlossaryMatcher glossary)
{
    /// <summary>The annotated children of <paramref name="container"/> (a paragraph or heading container is their anchor).</summary>
    public AnnotatedContent Annotate(INode container)
    {
        var walk = new Walk(reader, glossary);
        var anchored = container is IElement e && IsAnchor(e) && !string.IsNullOrEmpty(e.Id);
        if (anchored) walk.Anchors.Push(((IElement)container).Id!);
        walk.AddChildren(container, walk.Pieces);
        return new AnnotatedContent(walk.Pieces);
    }

    /// <summary>The annotated nodes of a part of a reading, as the Parse stage structured it.</summary>
    public AnnotatedContent Annotate(ReadingPart part)
    {
        var walk = new Walk(reader, glossary);
        foreach (var node in part.Nodes) walk.AddNode(node, walk.Pieces);
        return new AnnotatedContent(walk.Pieces);
    }

    private static bool IsAnchor(IElement e) =>
        e.ClassList.Contains(BlockMarkup.ParagraphClass) || e.LocalName is "h1" or "h2" or "h3" or "h4" or "header";

    // What is not Chinese to read is one rule, shared with check and the glossary suggestions.
    private static bool IsSkipped(IElement e) => ChineseText.IsSkipped(e);

    /// <summary>One pass over one container: where the walk is (inside skipped elements, inside links, which anchor).</summary>
    private sealed class Walk(IWordReader reader, GlossaryMatcher glossary)
    {
        public readonly List<InlinePiece> Pieces = [];
        public readonly Stack<string> Anchors = new();
        private int _skipDepth;
        private int _linkDepth;

        public void AddNode(StructuredNode node, List<InlinePiece> into)
        {
            switch (node)
            {
                case ParagraphNode { Wrapped: true } p:
                    into.Add(new ParagraphStart(p.Id, p.Classes));
                    Anchors.Push(p.Id);
                    AddElement(p.Main, into);
                    foreach (var a in p.Attached) AddAttached(a, into);
                    Anchors.Pop();
                    into.Add(new ParagraphEnd());
                    break;
                case ParagraphNode p:
                    // The block is itself a paragraph element (raw HTML): what joins it goes inside it.
                    into.Add(new MarkupStart(p.Main));
                    var anchored = !string.IsNullOrEmpty(p.Main.Id);
                    if (anchored) Anchors.Push(p.Main.Id!);
                    AddChildren(p.Main, into);
                    foreach (var a in p.Attached) AddAttached(a, into);
                    if (anchored) Anchors.Pop();
                    into.Add(new MarkupEnd(p.Main));
                    break;
                case MarkedNode m:
                    into.Add(new MarkedStart(m.Element, m.AddedId));
                    var id = m.AddedId ?? m.Element.Id;
                    var anchor = !string.IsNullOrEmpty(id) && IsAnchor(m.Element);
                    var skipped = _skipDepth > 0 || IsSkipped(m.Element);
                    if (skipped) _skipDepth++;
                    if (anchor) Anchors.Push(id!);
                    AddChildren(m.Element, into);
                    if (anchor) Anchors.Pop();
                    if (skipped) _skipDepth--;
                    into.Add(new MarkedEnd(m.Element, m.English));
                    break;
                case PlainNode { Node: var n }:
                    AddOne(n, into);
                    break;
            }
        }

        // A translation or note that joins a paragraph: English unless a note says otherwise, so it gets no reading.
        private void AddAttached(ReadingBlock block, List<InlinePiece> into)
        {
            var english = ParagraphNode.IsEnglish(block);
            into.Add(new MarkedStart(block.Element, null, english, block.Kind == BlockKind.Note ? BlockMarkup.TeacherNoteClass : null));
            var skipped = english || _skipDepth > 0 || IsSkipped(block.Element);
            if (skipped) _skipDepth++;
            AddChildren(block.Element, into);
            if (skipped) _skipDepth--;
            into.Add(new MarkedEnd(block.Element, null));
        }

        private void AddOne(INode child, List<InlinePiece> into)
        {
            switch (child)
            {
                case IElement e: AddElement(e, into); break;
                case IText t: AddText(t.Data, into); break;
                case IComment c: into.Add(new MarkupComment(c.Data)); break;
            }
        }

        public void AddChildren(INode node, List<InlinePiece> into)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IElement e: AddElement(e, into); break;
                    case IText t: AddText(t.Data, into); break;
                    case IComment c: into.Add(new MarkupComment(c.Data)); break;
                }
            }
        }

        private void AddElement(IElement e, List<InlinePiece> into)
        {
            into.Add(new MarkupStart(e));
            var skipped = _skipDepth > 0 || IsSkipped(e);
            var link = e.LocalName == "a";
            var anchor = IsAnchor(e) && !string.IsNullOrEmpty(e.Id);
            if (skipped) _skipDepth++;
            if (link) _linkDepth++;
            if (anchor) Anchors.Push(e.Id!);
            AddChildren(e is AngleSharp.Html.Dom.IHtmlTemplateElement t ? t.Content : e, into);
            if (skipped) _skipDepth--;
            if (link) _linkDepth--;
            if (anchor) Anchors.Pop();
            into.Add(new MarkupEnd(e));
        }

        private void AddText(string text, List<InlinePiece> into)
        {
            if (_skipDepth > 0 || !ChineseScript.ContainsHan(text))
            {
                into.Add(new UnannotatedText(text));
                return;
            }
            var anchor = Anchors.Count > 0 ? Anchors.Peek() : "";
            var position = 0;
            if (_linkDepth == 0)
            {
                foreach (var m in glossary.Matches(text))
                {
                    if (m.Start > position) AddWords(text[position..m.Start], null, anchor, into);
                    var words = new List<InlinePiece>();
                    AddWords(text.Substring(m.Start, m.Length), m.Entry, anchor, words);
                    into.Add(new TermLink(new TermOccurrence(m.Entry, anchor), words));
                    position = m.Start + m.Length;
                }
            }
            if (position < text.Length) AddWords(position == 0 ? text : text[position..], null, anchor, into);
        }

        private void AddWords(string text, GlossaryEntry? term, string anchor, List<InlinePiece> into)
        {
            var words = reader.Read(text);
            var hanWords = 0;
            foreach (var word in words) if (word.HasHan) hanWords++;
            foreach (var word in words)
            {
                if (!word.HasHan)
                {
                    into.Add(new UnannotatedText(word.Text));
                    continue;
                }
                // A glossary term read as one word shows the term's own pinyin, when the glossary gives one.
                var pinyin = hanWords == 1 && term?.Pinyin is { } overridden ? overridden : word.WordPinyin;
                into.Add(new AnnotatedWord(word, pinyin, term, anchor));
            }
        }
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
