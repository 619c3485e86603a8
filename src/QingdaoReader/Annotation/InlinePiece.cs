using AngleSharp.Dom;
using QingdaoReader.Chinese;
using QingdaoReader.Glossary;

namespace QingdaoReader.Annotation;

/// <summary>
/// One piece of a paragraph's or heading's content after annotation, in document order: the markup Markdown made,
/// passed through; text that gets no reading; a word with its reading; a glossary term's words grouped as a link.
/// Rendering turns a sequence of them into the page's HTML (<c>Rendering/AnnotatedHtmlWriter</c>).
/// </summary>
public abstract record InlinePiece;

/// <summary>An element of the parsed content opens (its name and attributes as Markdown and the sanitiser left them).</summary>
public sealed record MarkupStart(IElement Element) : InlinePiece;

/// <summary>The element opened by the matching <see cref="MarkupStart"/> closes.</summary>
public sealed record MarkupEnd(IElement Element) : InlinePiece;

/// <summary>
/// A paragraph of the reading opens (the Parse stage's <see cref="Parsing.ParagraphNode"/>: its id and classes); Render
/// writes the page's paragraph element for it.
/// </summary>
public sealed record ParagraphStart(string Id, IReadOnlyList<string> Classes) : InlinePiece;

/// <summary>The paragraph opened by the matching <see cref="ParagraphStart"/> closes.</summary>
public sealed record ParagraphEnd : InlinePiece;

/// <summary>
/// A block the structure marked opens (a section heading, comprehension questions: <see cref="Parsing.MarkedNode"/>),
/// with the id the structure gave it when it had none.
/// </summary>
/// <paramref name="English"/> marks a translation or a teacher's note as English (lang="en"; a note also gets its class).
public sealed record MarkedStart(IElement Element, string? AddedId, bool English = false, string? AddedClass = null) : InlinePiece;

/// <summary>The marked block closes; <paramref name="English"/> is a heading's translation, which Render writes inside it.</summary>
public sealed record MarkedEnd(IElement Element, string? English) : InlinePiece;

/// <summary>A comment of the parsed content, passed through.</summary>
public sealed record MarkupComment(string Text) : InlinePiece;

/// <summary>Text that gets no reading: punctuation, Latin, digits, and any text in code, English or other skipped elements.</summary>
public sealed record UnannotatedText(string Text) : InlinePiece;

/// <summary>
/// A word of Chinese text: its reading as the engine gave it (syllables, spoken syllables, word pinyin), the pinyin
/// shown over it (the word pinyin, or a one-word glossary term's own pinyin), the glossary term it belongs to, and the
/// id of the paragraph or heading that holds it.
/// </summary>
public sealed record AnnotatedWord(PronouncedWord Reading, string Pinyin, GlossaryEntry? Term, string AnchorId) : InlinePiece
{
    public string Text => Reading.Text;

    /// <summary>How many Han characters of the word got a reading.</summary>
    public int HanCount
    {
        get
        {
            var count = 0;
            foreach (var s in Reading.Syllables) if (s is not null) count++;
            return count;
        }
    }
}

/// <summary>An occurrence of a glossary term: its words (and any punctuation inside the term, such as 、), linked to its entry.</summary>
public sealed record TermLink(TermOccurrence Occurrence, IReadOnlyList<InlinePiece> Content) : InlinePiece;
