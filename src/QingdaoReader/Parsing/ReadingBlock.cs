using AngleSharp.Dom;
using QingdaoReader.Text;

namespace QingdaoReader.Parsing;

/// <summary>What a block of a reading is, as the page treats it.</summary>
public enum BlockKind
{
    /// <summary>A paragraph (a caption or byline too: <c>{.caption}</c>, <c>{.byline}</c>).</summary>
    Paragraph,
    Heading,
    List,
    Quote,
    Table,
    /// <summary>An English translation, <c>::: en</c>: it belongs to the block before it.</summary>
    Translation,
    /// <summary>A teacher's note, <c>::: note</c>: it belongs to the block before it.</summary>
    Note,
    /// <summary>Comprehension questions, <c>::: questions</c>.</summary>
    Questions,
    /// <summary>Anything else: a rule, a code block, another container, footnotes.</summary>
    Other,
}

/// <summary>
/// Where a block came from in the reading's Markdown body: the line it starts on (1-based) and its span (UTF-16
/// offsets); line 0 when the HTML did not come from a reading's Markdown.
/// </summary>
public readonly record struct BlockSource(int Line, int Start, int Length)
{
    public static readonly BlockSource Unknown = new(0, 0, 0);

    /// <summary>The block's Markdown (Markdig releases a paragraph's lines once its inlines are parsed).</summary>
    public string Text(string body) =>
        Length == 0 || Start >= body.Length ? "" : body.Substring(Start, Math.Min(Length, body.Length - Start));
}

/// <summary>
/// One top-level block of a reading's body: what it is, its parsed (and sanitised) HTML element (its inline HTML
/// as Markdig made it), and where it came from in the Markdown.
/// </summary>
public sealed record ReadingBlock(BlockKind Kind, IElement Element, BlockSource Source)
{
    /// <summary>The line of the reading's body the block starts on (1-based; 0 when not known).</summary>
    public int Line => Source.Line;

    /// <summary>True when the block's text holds a Han character.</summary>
    public bool HasChinese => ChineseScript.ContainsHan(Element.TextContent);

    /// <summary>True for the blocks that hold the reading's text and want an English translation when Chinese.</summary>
    public bool IsText => Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.List or BlockKind.Quote or BlockKind.Table;

    public static BlockKind KindOf(IElement e) => e.LocalName switch
    {
        "p" => BlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "ul" or "ol" => BlockKind.List,
        "blockquote" => BlockKind.Quote,
        "table" => BlockKind.Table,
        "div" when e.ClassList.Contains(BlockMarkup.TranslationClass) => BlockKind.Translation,
        "div" when e.ClassList.Contains(BlockMarkup.NoteClass) => BlockKind.Note,
        "div" when e.ClassList.Contains(BlockMarkup.QuestionsClass) => BlockKind.Questions,
        _ => BlockKind.Other,
    };

    /// <summary>The top-level elements of <paramref name="body"/> as blocks (line 0: their lines are not known).</summary>
    public static List<ReadingBlock> Of(IElement body) => [.. body.Children.Select(e => new ReadingBlock(KindOf(e), e, BlockSource.Unknown))];
}
