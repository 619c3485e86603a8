using Scriban.Runtime;

namespace QingdaoReader.Rendering;

// What the templates see. Scriban names members in snake_case: TitleHtml is title_html.
// Fields ending in Html are already-escaped markup; everything else is plain text the templates escape.
// Each view hands itself to the templates as a ScriptObject (ToScript), its lists as ScriptArrays: Scriban then reads
// no .NET object by reflection, which the native executable could not do. A new property needs its line there too
// (Rendering/PageModelsTests checks that each view names all its properties).

/// <summary>Where the site-wide pages are, relative to the site root ("glossary/"), as the output layout defines them:
/// templates link to <c>{{ root }}{{ paths.glossary }}</c> rather than spelling the folder out.</summary>
public sealed record PathsView(string Glossary)
{
    public ScriptObject ToScript() => new() { ["glossary"] = Glossary };
}

public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, string Generator)
{
    public ScriptObject ToScript() => new()
    {
        ["title"] = Title, ["description"] = Description, ["language"] = Language, ["base_url"] = BaseUrl, ["generator"] = Generator,
    };
}

public sealed record SectionView(string Id, string Title, string? TitleEn, string Html, string? PrevId, string? PrevTitle, string? NextId, string? NextTitle)
{
    public ScriptObject ToScript() => new()
    {
        ["id"] = Id, ["title"] = Title, ["title_en"] = TitleEn, ["html"] = Html,
        ["prev_id"] = PrevId, ["prev_title"] = PrevTitle, ["next_id"] = NextId, ["next_title"] = NextTitle,
    };
}

/// <summary>A paragraph (¶3) or heading where a glossary term occurs.</summary>
public sealed record PlaceView(string Label, string Url)
{
    public ScriptObject ToScript() => new() { ["label"] = Label, ["url"] = Url };
}

/// <summary>A reading where a glossary term occurs, and the places in it.</summary>
public sealed record OccurrenceView(string ReadingTitle, string Url, IReadOnlyList<PlaceView> Places)
{
    public ScriptObject ToScript() => new()
    {
        ["reading_title"] = ReadingTitle, ["url"] = Url, ["places"] = ScriptModels.Array(Places, p => p.ToScript()),
    };
}

/// <summary>A source of a glossary entry: a link when it has a url, plain text otherwise; the date, when given apart, follows.</summary>
public sealed record SourceView(string Label, string? Url, string? Date)
{
    public ScriptObject ToScript() => new() { ["label"] = Label, ["url"] = Url, ["date"] = Date };
}

/// <param name="Sources">Where the entry can be checked; shown on the glossary page and in the term's popup.</param>
/// <param name="Occurrences">The latest readings where the term occurs (at most <c>GlossaryPages.ReadingsShown</c>).</param>
/// <param name="ReadingCount">How many readings it occurs in, all told.</param>
public sealed record GlossaryEntryView(
    string Id, string Term, string Pinyin, string English, string? Literal, string Category, string CategoryId, string Note,
    IReadOnlyList<SourceView> Sources, IReadOnlyList<OccurrenceView> Occurrences, int ReadingCount = 0)
{
    /// <summary>The theme the entry is filed under (its glossary file), empty for a single glossary.yml.</summary>
    public string Theme { get; init; } = "";
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The entries this one builds on, as links on the glossary page.</summary>
    public IReadOnlyList<RelatedTermView> Related { get; init; } = [];
    /// <summary>What the glossary filter finds the entry by (see <see cref="PageContract.FindAttribute"/>).</summary>
    public string Find { get; init; } = "";

    public ScriptObject ToScript() => new()
    {
        ["id"] = Id, ["term"] = Term, ["pinyin"] = Pinyin, ["english"] = English, ["literal"] = Literal,
        ["category"] = Category, ["category_id"] = CategoryId, ["note"] = Note,
        ["sources"] = ScriptModels.Array(Sources, s => s.ToScript()),
        ["occurrences"] = ScriptModels.Array(Occurrences, o => o.ToScript()),
        ["reading_count"] = ReadingCount,
        ["theme"] = Theme, ["aliases"] = ScriptModels.Array(Aliases, a => a),
        ["related"] = ScriptModels.Array(Related, r => r.ToScript()), ["find"] = Find,
    };
}

public sealed record RelatedTermView(string Term, string Id)
{
    public ScriptObject ToScript() => new() { ["term"] = Term, ["id"] = Id };
}

/// <summary>A theme of the glossary page: its entries, in pinyin order.</summary>
public sealed record GlossaryThemeView(string Id, string Name, IReadOnlyList<GlossaryEntryView> Entries)
{
    public ScriptObject ToScript(Func<GlossaryEntryView, ScriptObject> entry) => new()
    {
        ["id"] = Id, ["name"] = Name, ["count"] = Entries.Count, ["entries"] = ScriptModels.Array(Entries, entry),
    };
}

public sealed record CategoryView(string Id, string Name, int Count)
{
    public ScriptObject ToScript() => new() { ["id"] = Id, ["name"] = Name, ["count"] = Count };
}

/// <summary>
/// A reading as the templates see it: on the index a card (what its summary knows), on its own page the card and the
/// annotated HTML, sections and word data, which a card leaves empty.
/// </summary>
public sealed record ReadingView
{
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string? TitleEn { get; init; }
    public required string? SubtitleEn { get; init; }
    public required string? Source { get; init; }
    public required string? SourceEn { get; init; }
    public required string? Date { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required IReadOnlyList<GlossaryEntryView> Terms { get; init; }
    public required int HanCount { get; init; }
    public required bool Draft { get; init; }
    /// <summary>The BCP 47 tag of the reading's Chinese (the site's <c>language</c> today), for its lang attributes.</summary>
    public required string Language { get; init; }
    public required string VocabularyCsvUrl { get; init; }
    public required string VocabularyAnkiUrl { get; init; }
    /// <summary>HSK levels of the reading's words, e.g. "HSK 3–6" (see ReadingDifficulty).</summary>
    public required string Difficulty { get; init; }
    /// <summary>The share of running words outside HSK, in percent.</summary>
    public required int OutsideHskPercent { get; init; }

    // The reading's own page only.
    public string TitleHtml { get; init; } = "";
    public string? SubtitleHtml { get; init; }
    public string IntroHtml { get; init; } = "";
    public IReadOnlyList<SectionView> Sections { get; init; } = [];
    /// <summary>The word data for the popups (<see cref="WordDataScript.FileName"/>), relative to the page; reader.js loads it when idle or at the first popup.</summary>
    public string WordsUrl { get; init; } = "";
    public int VocabularyCount { get; init; }

    /// <param name="term">How a glossary term becomes a script object; by default a new one each. A page of many
    /// readings (the index) passes one that makes each term's object once for all its cards.</param>
    public ScriptObject ToScript(Func<GlossaryEntryView, ScriptObject>? term = null) => new()
    {
        ["slug"] = Slug, ["url"] = Url, ["title"] = Title, ["title_html"] = TitleHtml, ["title_en"] = TitleEn,
        ["subtitle_html"] = SubtitleHtml, ["subtitle_en"] = SubtitleEn, ["source"] = Source, ["source_en"] = SourceEn,
        ["date"] = Date, ["authors"] = ScriptModels.Array(Authors, a => a), ["intro_html"] = IntroHtml,
        ["sections"] = ScriptModels.Array(Sections, s => s.ToScript()),
        ["terms"] = ScriptModels.Array(Terms, term ?? (t => t.ToScript())),
        ["han_count"] = HanCount, ["draft"] = Draft, ["words_url"] = WordsUrl, ["language"] = Language,
        ["vocabulary_csv_url"] = VocabularyCsvUrl, ["vocabulary_anki_url"] = VocabularyAnkiUrl,
        ["vocabulary_count"] = VocabularyCount, ["difficulty"] = Difficulty, ["outside_hsk_percent"] = OutsideHskPercent,
    };
}

/// <summary>Lists of views as the templates see them.</summary>
public static class ScriptModels
{
    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> toScript)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(toScript(item));
        return array;
    }
}
