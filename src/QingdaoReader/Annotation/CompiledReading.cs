using QingdaoReader.Content;
using QingdaoReader.Parsing;

namespace QingdaoReader.Annotation;

/// <summary>A reading after the content, structure and annotation stages: annotated HTML and what was learnt on the way.</summary>
public sealed record CompiledReading(
    Reading Reading,
    string TitleHtml,
    string? SubtitleHtml,
    string IntroHtml,
    IReadOnlyList<SectionOutline> Sections,
    IReadOnlyList<string> SectionHtml,
    IReadOnlyList<TermOccurrence> Terms,
    /// <summary>Paragraph ids in reading order, numbered from 1 (for "¶3" links).</summary>
    IReadOnlyDictionary<string, int> ParagraphNumbers,
    int HanCount,
    string WordDataJson,
    IReadOnlyList<VocabularyItem> Vocabulary,
    ReadingDifficulty Difficulty);
