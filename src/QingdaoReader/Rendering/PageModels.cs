namespace QingdaoReader.Rendering;

// What the templates see. Scriban names members in snake_case: TitleHtml is title_html.
// Fields ending in Html are already-escaped markup; everything else is plain text the templates escape.

public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, string Generator);

public sealed record SectionView(string Id, string Title, string? TitleEn, string Html, string? PrevId, string? PrevTitle, string? NextId, string? NextTitle);

/// <summary>A paragraph (¶3) or heading where a glossary term occurs.</summary>
public sealed record PlaceView(string Label, string Url);

/// <summary>A reading where a glossary term occurs, and the places in it.</summary>
public sealed record OccurrenceView(string ReadingTitle, string Url, IReadOnlyList<PlaceView> Places);

/// <summary>A source of a glossary entry: a link when it has a url, plain text otherwise; the date, when given apart, follows.</summary>
public sealed record SourceView(string Label, string? Url, string? Date);

/// <param name="Sources">Where the entry can be checked; shown on the glossary page and in the term's popup.</param>
/// <param name="Occurrences">The latest readings where the term occurs (at most <c>GlossaryPages.ReadingsShown</c>).</param>
/// <param name="ReadingCount">How many readings it occurs in, all told.</param>
public sealed record GlossaryEntryView(
    string Id, string Term, string Pinyin, string English, string? Literal, string Category, string CategoryId, string Note,
    IReadOnlyList<SourceView> Sources, IReadOnlyList<OccurrenceView> Occurrences, int ReadingCount = 0);

public sealed record CategoryView(string Id, string Name, int Count);

public sealed record ReadingView(
    string Slug,
    string Url,
    string Title,
    string TitleHtml,
    string? TitleEn,
    string? SubtitleHtml,
    string? SubtitleEn,
    string? Source,
    string? SourceEn,
    string? Date,
    IReadOnlyList<string> Authors,
    string IntroHtml,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<GlossaryEntryView> Terms,
    int HanCount,
    bool Draft,
    /// <summary>The word data for the popups (<see cref="Annotation.WordData.ScriptFile"/>), relative to the page; reader.js loads it when idle or at the first popup.</summary>
    string WordsUrl,
    string VocabularyCsvUrl,
    string VocabularyAnkiUrl,
    int VocabularyCount,
    /// <summary>HSK levels of the reading's words, e.g. "HSK 3–6" (see ReadingDifficulty).</summary>
    string Difficulty,
    /// <summary>The share of running words outside HSK, in percent.</summary>
    int OutsideHskPercent);
