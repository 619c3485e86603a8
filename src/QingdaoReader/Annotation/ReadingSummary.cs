using QingdaoReader.Content;

namespace QingdaoReader.Annotation;

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
    /// <summary>The summary of a compiled reading; it keeps the reading's metadata, not its text.</summary>
    public static ReadingSummary Of(CompiledReading c) =>
        new(c.Reading with { Body = "" }, TermPlaces.Of(c.Terms), c.ParagraphNumbers, c.HanCount, c.Difficulty);
}
