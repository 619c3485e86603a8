using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;

namespace QingdaoReader.Parsing;

/// <summary>A section of a reading: a second-level heading and what follows it.</summary>
public sealed record SectionOutline(string Id, string Title, string? TitleEn);

/// <summary>One node of a part of a reading, as the Parse stage structured it (records; Render writes their markup).</summary>
public abstract record StructuredNode;

/// <summary>
/// A paragraph: its id (content-derived, stable when other paragraphs are inserted), its classes (the paragraph class
/// and its block's own, e.g. caption), its Chinese block and the translations and notes that join it, in order.
/// <paramref name="Wrapped"/> is false where the block is itself a paragraph element (raw HTML): the others join it.
/// </summary>
public sealed record ParagraphNode(string Id, IReadOnlyList<string> Classes, IElement Main, IReadOnlyList<ReadingBlock> Attached, bool Wrapped = true)
    : StructuredNode
{
    /// <summary>A translation is English, and a teacher's note is unless it says otherwise: Render marks them so.</summary>
    public static bool IsEnglish(ReadingBlock attached) =>
        attached.Kind == BlockKind.Translation || attached.Kind == BlockKind.Note && attached.Element.GetAttribute("lang") is null;
}

/// <summary>
/// A block the structure gives an id (a section heading, comprehension questions) or a translation (a heading's
/// English, which joins it): Render writes the element with them.
/// </summary>
public sealed record MarkedNode(IElement Element, string? AddedId, string? English) : StructuredNode;

/// <summary>Anything else of the body, as it is: the space between blocks, a rule, a code block.</summary>
public sealed record PlainNode(INode Node) : StructuredNode;

/// <summary>One part of a reading's body: its heading (none for the introduction) and its nodes, in order.</summary>
public sealed record ReadingPart(SectionOutline? Heading, IReadOnlyList<StructuredNode> Nodes)
{
    /// <summary>The part's paragraphs, in order.</summary>
    public IEnumerable<ParagraphNode> Paragraphs => Nodes.OfType<ParagraphNode>();
}

/// <summary>
/// A reading's body split at its second-level headings: the introduction before the first one (null when there is
/// nothing before it) and one part per heading. Only the blocks are grouped here; the page's <c>section</c> markup is
/// the template's.
/// </summary>
public sealed record ReadingParts(ReadingPart? Intro, IReadOnlyList<ReadingPart> Sections)
{
    public IReadOnlyList<SectionOutline> Outline => [.. Sections.Select(s => s.Heading!)];

    /// <summary>Every part, the introduction first.</summary>
    public IEnumerable<ReadingPart> All => Intro is null ? Sections : Sections.Prepend(Intro);
}

/// <summary>
/// Gives a parsed reading its structure as records, writing no markup: each Chinese block and the <c>::: en</c>
/// translation after it make one paragraph with a content-derived id (stable when other paragraphs are inserted); a
/// teacher's <c>::: note</c> joins the paragraph before it; a heading's translation joins the heading; headings get ids
/// that work for Chinese text; the body's nodes are grouped into parts at each h2. Render writes the paragraphs' and
/// headings' markup from these records.
/// </summary>
public static class ReadingStructure
{
    /// <summary>Structures a body of HTML not parsed from a reading (its top-level elements paired as a reading's would be).</summary>
    public static ReadingParts Apply(IElement body) => Apply(body, BlockPairing.Pair(ReadingBlock.Of(body)));

    /// <summary>Structures the parsed body whose top-level blocks <paramref name="groups"/> pairs.</summary>
    public static ReadingParts Apply(IElement body, IReadOnlyList<BlockGroup> groups)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in body.QuerySelectorAll("[id]")) ids.Add(e.Id!);
        var paragraphs = new Dictionary<IElement, ParagraphNode>(ReferenceEqualityComparer.Instance);
        var english = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        var joined = new HashSet<IElement>(ReferenceEqualityComparer.Instance);

        // Translations and notes join the block before them: one paragraph, or a heading's translation.
        foreach (var group in groups)
        {
            var main = group.Main.Element;
            List<ReadingBlock>? attached = null;
            foreach (var block in group.Attached)
            {
                joined.Add(block.Element);
                if (attached is null && main.LocalName is "h2" or "h3" or "h4" && block.Kind == BlockKind.Translation)
                {
                    english[main] = block.Element.TextContent.Trim();
                    continue;
                }
                if (attached is null)
                {
                    attached = [];
                    paragraphs[main] = main.ClassList.Contains(BlockMarkup.ParagraphClass)
                        ? new ParagraphNode(main.Id ?? "", [], main, attached, Wrapped: false)
                        : Paragraph(main, ids, attached);
                }
                attached.Add(block);
            }
        }
        // Comprehension questions close a reading: a block of their own, not a paragraph (the Render stage titles it).
        var addedIds = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        foreach (var q in body.Children.Where(c => c.LocalName == "div" && c.ClassList.Contains(BlockMarkup.QuestionsClass)))
            if (string.IsNullOrEmpty(q.Id)) addedIds[q] = Unique("questions", ids);
        // Chinese paragraphs with no translation are paragraphs too (so they get an id and a permalink).
        foreach (var child in body.Children)
            if (child.LocalName is "p" or "blockquote" or "ul" or "ol" or "table" && !child.ClassList.Contains(BlockMarkup.ParagraphClass)
                && !paragraphs.ContainsKey(child) && !joined.Contains(child))
                paragraphs[child] = Paragraph(child, ids, []);

        return SplitSections(body, ids, paragraphs, english, joined, addedIds);
    }

    // A block's paragraph: the block's own id moves to the paragraph, or one is made from its text.
    private static ParagraphNode Paragraph(IElement block, HashSet<string> ids, List<ReadingBlock> attached)
    {
        string id;
        if (!string.IsNullOrEmpty(block.Id))
        {
            id = block.Id;
            block.RemoveAttribute("id");
        }
        else id = Unique(BlockMarkup.ParagraphIdPrefix + ContentHash(block.TextContent), ids);
        List<string> classes = [BlockMarkup.ParagraphClass];
        foreach (var c in block.ClassList) if (!classes.Contains(c)) classes.Add(c);
        return new ParagraphNode(id, classes, block, attached);
    }

    // The body's nodes, in order, into parts at each h2 (a joined translation or note is its paragraph's or heading's).
    private static ReadingParts SplitSections(IElement body, HashSet<string> ids, Dictionary<IElement, ParagraphNode> paragraphs,
        Dictionary<IElement, string> english, HashSet<IElement> joined, Dictionary<IElement, string> addedIds)
    {
        var parts = new List<(SectionOutline? Heading, List<StructuredNode> Nodes)> { (null, []) };
        foreach (var child in body.ChildNodes)
        {
            if (child is IElement e)
            {
                if (joined.Contains(e)) continue;
                if (paragraphs.TryGetValue(e, out var para))
                {
                    parts[^1].Nodes.Add(para);
                    continue;
                }
                english.TryGetValue(e, out var en);
                if (e.LocalName == "h2")
                {
                    var title = e.TextContent.Trim();
                    string? added = null;
                    if (string.IsNullOrEmpty(e.Id)) added = Unique(HeadingId(title), ids);
                    parts.Add((new SectionOutline(added ?? e.Id!, title, en), []));
                    parts[^1].Nodes.Add(new MarkedNode(e, added, en));
                    continue;
                }
                if (en is not null || addedIds.ContainsKey(e))
                {
                    parts[^1].Nodes.Add(new MarkedNode(e, addedIds.GetValueOrDefault(e), en));
                    continue;
                }
            }
            parts[^1].Nodes.Add(new PlainNode(child));
        }
        var intro = parts[0];
        var introHasContent = intro.Nodes.Any(n => n is not PlainNode { Node: not IElement } || !string.IsNullOrWhiteSpace(((PlainNode)n).Node.TextContent));
        return new ReadingParts(introHasContent ? new ReadingPart(null, intro.Nodes) : null,
            parts.Skip(1).Select(p => new ReadingPart(p.Heading, p.Nodes)).ToList());
    }

    /// <summary>
    /// An id for a Chinese heading: its own text with spaces as hyphens and punctuation dropped
    /// (加快打造具有青岛特色的现代化产业体系 stays as it is), never the "section" a slugger makes of non-ASCII text.
    /// </summary>
    public static string HeadingId(string title)
    {
        var sb = new StringBuilder();
        // EnumerateRunes turns a lone surrogate into U+FFFD, which Normalize (unlike the raw text) accepts.
        var wellFormed = string.Concat(title.EnumerateRunes().Select(r => r.ToString()));
        foreach (var rune in wellFormed.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) sb.Append(Rune.ToLowerInvariant(rune).ToString());
            else if ((Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var id = sb.ToString().Trim('-');
        return id.Length == 0 ? "section" : id;
    }

    /// <summary>Eight hex digits of the SHA-256 of the text with whitespace removed: the same text keeps its id.</summary>
    public static string ContentHash(string text)
    {
        var normalized = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    private static string Unique(string id, HashSet<string> ids)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
