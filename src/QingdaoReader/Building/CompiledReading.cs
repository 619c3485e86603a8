using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;

namespace QingdaoReader.Building;

/// <summary>A word of a reading's vocabulary: how it reads there, what it means, its HSK level (0 outside HSK), and
/// the first sentence it occurs in.</summary>
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
/// How hard a reading is, in HSK 3.0 levels (1–6, 7 for the 7–9 band): of its running words that HSK lists, half are
/// at <see cref="Middle"/> or below and four in five at <see cref="Upper"/> or below ("HSK 3–6"); news text also has
/// many words outside HSK (names, set phrases), given as <see cref="OutsideShare"/>.
/// </summary>
public sealed record ReadingDifficulty(int Middle, int Upper, double OutsideShare)
{
    /// <summary>From the HSK level of each running word (0 outside HSK).</summary>
    public static ReadingDifficulty Of(IReadOnlyList<int> levels)
    {
        var listed = levels.Where(l => l > 0).Order().ToList();
        if (listed.Count == 0) return new ReadingDifficulty(0, 0, levels.Count == 0 ? 0 : 1);
        int At(double share) => listed[Math.Min(listed.Count - 1, (int)Math.Ceiling(share * listed.Count) - 1)];
        return new ReadingDifficulty(At(0.5), At(0.8), (double)(levels.Count - listed.Count) / levels.Count);
    }

    /// <summary>"HSK 3–6", "HSK 4", "HSK 6 to 7–9", or "beyond HSK" when no word is listed.</summary>
    public string Label => Middle == 0 ? "beyond HSK"
        : Middle == Upper ? HskLevels.Label(Middle)
        : Upper == HskLevels.Band79 ? $"HSK {Middle} to 7–9"
        : $"HSK {Middle}–{Upper}";

    /// <summary>The share of running words outside HSK, in percent.</summary>
    public int OutsidePercent => (int)Math.Round(OutsideShare * 100);
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
