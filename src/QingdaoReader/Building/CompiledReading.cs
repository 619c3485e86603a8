using QingdaoReader.Annotation;
using QingdaoReader.Content;
using QingdaoReader.Glossary;

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
/// <param name="Terms">Each glossary term of the reading once, in order of first occurrence, with its places.</param>
public sealed record ReadingSummary(
    Reading Reading,
    IReadOnlyList<TermPlaces> Terms,
    IReadOnlyDictionary<string, int> ParagraphNumbers,
    int HanCount,
    ReadingDifficulty Difficulty)
{
    public static ReadingSummary Of(CompiledReading c) => new(c.Reading, TermPlaces.Of(c.Terms), c.ParagraphNumbers, c.HanCount, c.Difficulty);
}

/// <summary>A glossary term of a reading and the places (anchor ids, "" for the title) it occurs, each once, in order.</summary>
public sealed record TermPlaces(GlossaryEntry Entry, IReadOnlyList<string> AnchorIds)
{
    public static IReadOnlyList<TermPlaces> Of(IReadOnlyList<TermOccurrence> occurrences)
    {
        var byTerm = new Dictionary<string, (GlossaryEntry Entry, List<string> Anchors)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var o in occurrences)
        {
            if (!byTerm.TryGetValue(o.Entry.Term, out var found)) { byTerm[o.Entry.Term] = found = (o.Entry, []); order.Add(o.Entry.Term); }
            if (!found.Anchors.Contains(o.AnchorId)) found.Anchors.Add(o.AnchorId);
        }
        return order.Select(t => new TermPlaces(byTerm[t].Entry, byTerm[t].Anchors)).ToList();
    }
}
