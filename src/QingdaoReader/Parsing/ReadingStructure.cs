using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;

namespace QingdaoReader.Parsing;

/// <summary>A section of a reading: a second-level heading and what follows it.</summary>
public sealed record SectionOutline(string Id, string Title, string? TitleEn);

/// <summary>One part of a reading's body: its heading (none for the introduction) and its blocks, in a plain container.</summary>
public sealed record ReadingPart(SectionOutline? Heading, IElement Content);

/// <summary>
/// A reading's body split at its second-level headings: the introduction before the first one (null when there is
/// nothing before it) and one part per heading. Only the blocks are grouped here; the page's <c>section</c> markup is
/// the template's.
/// </summary>
public sealed record ReadingParts(ReadingPart? Intro, IReadOnlyList<ReadingPart> Sections)
{
    public IReadOnlyList<SectionOutline> Outline => [.. Sections.Select(s => s.Heading!)];
}

/// <summary>
/// Gives rendered reading HTML its reading structure, before annotation:
/// each Chinese block and the <c>::: en</c> translation after it become one <c>div.para</c> with a content-derived id
/// (stable when other paragraphs are inserted); a teacher's <c>::: note</c> joins the paragraph before it;
/// headings get ids that work for Chinese text; the body's blocks are grouped into parts at each h2.
/// </summary>
public static class ReadingStructure
{
    /// <summary>Structures a body of HTML not parsed from a reading (its top-level elements paired as a reading's would be).</summary>
    public static ReadingParts Apply(IElement body) => Apply(body, BlockPairing.Pair(ReadingBlock.Of(body)));

    /// <summary>Structures the parsed body whose top-level blocks <paramref name="groups"/> pairs.</summary>
    public static ReadingParts Apply(IElement body, IReadOnlyList<BlockGroup> groups)
    {
        var document = body.Owner!;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in body.QuerySelectorAll("[id]")) ids.Add(e.Id!);

        // Translations and notes join the block before them: one paragraph, or a heading's translation.
        foreach (var group in groups)
        {
            Mark(group.Main);
            IElement? para = null;
            foreach (var block in group.Attached)
            {
                Mark(block);
                var main = group.Main.Element;
                var child = block.Element;
                if (para is null && main.LocalName is "h2" or "h3" or "h4" && block.Kind == BlockKind.Translation)
                {
                    var en = document.CreateElement("span");
                    en.ClassName = "heading-en";
                    en.SetAttribute("lang", "en");
                    en.TextContent = child.TextContent.Trim();
                    main.AppendChild(en);
                    child.Remove();
                    continue;
                }
                para ??= main.ClassList.Contains(BlockMarkup.ParagraphClass) ? main : WrapInPara(document, main, ids);
                para.AppendChild(child);
            }
        }
        // Comprehension questions close a reading: a block of their own, not a paragraph (the Render stage titles it).
        foreach (var q in body.Children.Where(c => c.LocalName == "div" && c.ClassList.Contains(BlockMarkup.QuestionsClass)).ToList())
            if (string.IsNullOrEmpty(q.Id)) q.Id = Unique("questions", ids);
        // Chinese paragraphs with no translation are paragraphs too (so they get an id and a permalink).
        foreach (var child in body.Children.ToList())
            if (child.LocalName is "p" or "blockquote" or "ul" or "ol" or "table" && !child.ClassList.Contains(BlockMarkup.ParagraphClass))
                WrapInPara(document, child, ids);

        return SplitSections(body, ids);
    }

    // A translation is English; a teacher's note is English unless it says otherwise.
    private static void Mark(ReadingBlock block)
    {
        if (block.Kind == BlockKind.Translation) block.Element.SetAttribute("lang", "en");
        if (block.Kind != BlockKind.Note) return;
        block.Element.ClassList.Add(BlockMarkup.TeacherNoteClass);
        if (block.Element.GetAttribute("lang") is null) block.Element.SetAttribute("lang", "en");
    }

    private static IElement WrapInPara(IDocument document, IElement block, HashSet<string> ids)
    {
        var para = document.CreateElement("div");
        para.ClassName = BlockMarkup.ParagraphClass;
        foreach (var c in block.ClassList) para.ClassList.Add(c);
        if (!string.IsNullOrEmpty(block.Id))
        {
            para.Id = block.Id;
            block.RemoveAttribute("id");
        }
        else
        {
            para.Id = Unique(BlockMarkup.ParagraphIdPrefix + ContentHash(block.TextContent), ids);
        }
        block.Parent!.ReplaceChild(para, block);
        para.AppendChild(block);
        return para;
    }

    // Each part's blocks go into a plain div, left in the body in order (the paragraphs stay where queries find them).
    private static ReadingParts SplitSections(IElement body, HashSet<string> ids)
    {
        var document = body.Owner!;
        var intro = new ReadingPart(null, document.CreateElement("div"));
        var parts = new List<ReadingPart> { intro };
        foreach (var child in body.ChildNodes.ToList())
        {
            if (child is IElement { LocalName: "h2" } h)
            {
                var en = h.QuerySelector(".heading-en");
                var title = string.Concat(h.ChildNodes.Where(n => n != en).Select(n => n.TextContent)).Trim();
                if (string.IsNullOrEmpty(h.Id)) h.Id = Unique(HeadingId(title), ids);
                parts.Add(new ReadingPart(new SectionOutline(h.Id!, title, en?.TextContent), document.CreateElement("div")));
            }
            parts[^1].Content.AppendChild(child);
        }
        var introHasContent = intro.Content.ChildNodes.Any(n => n is IElement || !string.IsNullOrWhiteSpace(n.TextContent));
        foreach (var part in parts)
            if (part != intro || introHasContent) body.AppendChild(part.Content);
        return new ReadingParts(introHasContent ? intro : null, parts.Skip(1).ToList());
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
