using QingdaoReader.Content;
using QingdaoReader.Parsing;

namespace QingdaoReader.Annotation;

/// <summary>
/// A reading after the content, structure and annotation stages, as data: its parts as annotated records and what was
/// learnt on the way. The Render stage alone writes them as HTML and the word data as words.js.
/// </summary>
public sealed record CompiledReading(
    Reading Reading,
    AnnotatedContent Title,
    AnnotatedContent? Subtitle,
    AnnotatedContent? Intro,
    IReadOnlyList<SectionOutline> Sections,
    IReadOnlyList<AnnotatedContent> SectionContents,
    IReadOnlyList<TermOccurrence> Terms,
    /// <summary>Paragraph ids in reading order, numbered from 1 (for "¶3" links).</summary>
    IReadOnlyDictionary<string, int> ParagraphNumbers,
    int HanCount,
    /// <summary>Every distinct word of the page with its pinyin, senses, level and parts (words.js).</summary>
    IReadOnlyDictionary<string, WordInfo> Words,
    IReadOnlyList<VocabularyItem> Vocabulary,
    ReadingDifficulty Difficulty);
