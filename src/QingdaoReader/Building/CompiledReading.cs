using QingdaoReader.Annotation;
using QingdaoReader.Content;

namespace QingdaoReader.Building;

/// <summary>A word of a reading's vocabulary: how it reads there, what it means, and the first sentence it occurs in.</summary>
public sealed record VocabularyItem(string Word, string Pinyin, IReadOnlyList<string> Definitions, int Level, string Sentence);

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

/// <summary>
/// How hard a reading is, from word frequency: the share of its running words that are among the 3,000 commonest
/// (jieba's frequency ranks). Readability studies put comfortable reading at 95% known words and above.
/// </summary>
public sealed record ReadingDifficulty(double CommonWordShare)
{
    public string Label => CommonWordShare switch
    {
        >= 0.95 => "elementary",
        >= 0.90 => "intermediate",
        >= 0.85 => "upper intermediate",
        _ => "advanced",
    };

    public int Percent => (int)Math.Round(CommonWordShare * 100);
}

/// <summary>
/// What the site-wide pages (index, glossary, feed, sitemap) need of a reading once its own page is written: small,
/// so that a site of a thousand readings does not hold a thousand annotated pages in memory.
/// </summary>
public sealed record ReadingSummary(
    Reading Reading,
    IReadOnlyList<TermOccurrence> Terms,
    IReadOnlyDictionary<string, int> ParagraphNumbers,
    int HanCount,
    ReadingDifficulty Difficulty)
{
    public static ReadingSummary Of(CompiledReading c) => new(c.Reading, c.Terms, c.ParagraphNumbers, c.HanCount, c.Difficulty);
}
