using QingdaoReader.Annotation;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using Scriban.Runtime;

namespace QingdaoReader.Building;

/// <summary>Renders every page of the site through the templates and writes it, with each reading's vocabulary files.</summary>
public sealed class SitePages(SiteView site, OutputLayout layout, TemplateRenderer templates, Dictionary<string, GlossaryEntryView> glossary)
{
    /// <summary>A reading's own files: its page, its word data and its vocabulary exports, each written when the writer asks.</summary>
    public IReadOnlyList<OutputFile> ReadingFiles(CompiledReading r)
    {
        var path = OutputLayout.ReadingPage(r.Reading.Slug);
        var model = Model(path, $"{r.Reading.Metadata.Title} · {site.Title}", r.Reading.Metadata.TitleEn);
        model["reading"] = View(r, path).ToScript();
        return
        [
            new(path, output => templates.RenderPage("reading.html", model, output)),
            new(OutputLayout.ReadingFile(r.Reading.Slug, WordDataScript.FileName), output => WordDataScript.Write(WordData.ToJson(r.Words), output)),
            new(OutputLayout.ReadingFile(r.Reading.Slug, VocabularyExport.CsvFile), output => VocabularyExport.WriteCsv(r.Vocabulary, output)),
            new(OutputLayout.ReadingFile(r.Reading.Slug, VocabularyExport.AnkiFile), output => VocabularyExport.WriteAnki(r.Vocabulary, output)),
        ];
    }

    /// <summary>The index page: a card for each reading, latest first.</summary>
    public OutputFile IndexPage(IReadOnlyList<ReadingSummary> readings)
    {
        var ordered = LatestFirst(readings);
        var index = Model(OutputLayout.IndexPage, site.Title);
        // The cards share one read-only object per glossary term: a site of a thousand readings would otherwise make
        // tens of thousands of copies of the same few dozen terms for one page.
        var termScripts = new Dictionary<GlossaryEntryView, ScriptObject>(ReferenceEqualityComparer.Instance);
        ScriptObject TermScript(GlossaryEntryView t)
        {
            if (termScripts.TryGetValue(t, out var script)) return script;
            script = t.ToScript();
            script.IsReadOnly = true;
            return termScripts[t] = script;
        }
        index["readings"] = ScriptModels.Array(ordered, r => Card(r, OutputLayout.IndexPage).ToScript(TermScript));
        return Page(OutputLayout.IndexPage, "index.html", index);
    }

    /// <summary>The glossary page: the entries by theme, each with the readings that use it.</summary>
    public OutputFile GlossaryPage(Dictionary<string, GlossaryEntryView> glossaryWithOccurrences)
    {
        var entries = glossaryWithOccurrences.Values.OrderBy(e => PinyinOrder.Key(e.Pinyin), StringComparer.Ordinal).ThenBy(e => e.Term, StringComparer.Ordinal).ToList();
        var glossaryModel = Model(OutputLayout.GlossaryPage, $"Glossary · {site.Title}");
        ScriptObject EntryScript(GlossaryEntryView e) => (e with { Occurrences = GlossaryPages.Relink(e.Occurrences, OutputLayout.GlossaryPage) }).ToScript();
        glossaryModel["entries"] = ScriptModels.Array(entries, EntryScript);
        // Themes by name (a single glossary.yml is one theme without a name), entries in pinyin order.
        glossaryModel["themes"] = ScriptModels.Array(entries.GroupBy(e => e.Theme).OrderBy(g => g.Key, StringComparer.Ordinal),
            g => new GlossaryThemeView(GlossaryPages.ThemeId(g.Key.Length == 0 ? "all" : g.Key), g.Key, g.ToList()).ToScript(EntryScript));
        glossaryModel["categories"] = ScriptModels.Array(entries.GroupBy(e => e.Category).OrderBy(g => g.Key, StringComparer.Ordinal),
            g => new CategoryView(GlossaryPages.CategoryId(g.Key), g.Key, g.Count()).ToScript());
        return Page(OutputLayout.GlossaryPage, "glossary.html", glossaryModel);
    }

    /// <summary>The 404 page. The host serves it at the depth of the missing address: its links start from the base path.</summary>
    public OutputFile NotFoundPage()
    {
        var notFound = Model(OutputLayout.NotFoundPage, $"Page not found · {site.Title}");
        notFound["root"] = layout.BasePath;
        return Page(OutputLayout.NotFoundPage, "404.html", notFound);
    }

    private OutputFile Page(string path, string template, ScriptObject model) =>
        new(path, output => templates.RenderPage(template, model, output));

    /// <summary>The index's order: latest date first, then by slug.</summary>
    public static List<ReadingSummary> LatestFirst(IEnumerable<ReadingSummary> readings) =>
        readings.OrderByDescending(r => SiteFeeds.ParseDate(r.Reading.Metadata.Date)).ThenBy(r => r.Reading.Slug, StringComparer.Ordinal).ToList();

    private static readonly PathsView Paths = new(OutputLayout.FolderStyle(OutputLayout.GlossaryPage));

    private ScriptObject Model(string page, string pageTitle, string? description = null) => new()
    {
        ["site"] = site.ToScript(),
        ["paths"] = Paths.ToScript(),
        ["contract"] = PageContract.ToScript(),
        ["root"] = OutputLayout.RootFrom(page),
        ["page_title"] = pageTitle,
        ["page_path"] = page,
        ["page_url"] = layout.Absolute(page),
        ["page_description"] = description ?? site.Description,
    };

    // The index lists readings by their summary: the reading's view without the page's HTML.
    private ReadingView Card(ReadingSummary r, string fromPage)
    {
        var m = r.Reading.Metadata;
        var folder = OutputLayout.Link(fromPage, OutputLayout.ReadingPage(r.Reading.Slug));
        var used = r.Terms.Select(t => glossary[t.Entry.Term]).ToList();
        return new ReadingView
        {
            Slug = r.Reading.Slug, Url = folder, Title = m.Title, TitleEn = m.TitleEn, SubtitleEn = m.SubtitleEn,
            Source = m.Source, SourceEn = m.SourceEn, Date = m.Date, Authors = m.Authors, Terms = used, HanCount = r.HanCount,
            Draft = m.Draft, Language = site.Language, VocabularyCsvUrl = folder + VocabularyExport.CsvFile, VocabularyAnkiUrl = folder + VocabularyExport.AnkiFile,
            Difficulty = r.Difficulty.Label, OutsideHskPercent = r.Difficulty.OutsidePercent,
            WordsUrl = folder + WordDataScript.FileName,
        };
    }

    // A reading's own page: its card, plus the annotated HTML, sections, word data and vocabulary.
    private ReadingView View(CompiledReading b, string fromPage)
    {
        // Render: the annotated parts as the page's HTML, terms linking to the glossary page.
        var glossaryPage = OutputLayout.Link(OutputLayout.ReadingPage(b.Reading.Slug), OutputLayout.GlossaryPage);
        string Html(AnnotatedContent content) => AnnotatedHtmlWriter.Write(content, glossaryPage);
        var sections = new List<SectionView>();
        for (var i = 0; i < b.Sections.Count; i++)
        {
            var s = b.Sections[i];
            var prev = i > 0 ? b.Sections[i - 1] : null;
            var next = i + 1 < b.Sections.Count ? b.Sections[i + 1] : null;
            sections.Add(new SectionView(s.Id, s.Title, s.TitleEn, Html(b.SectionContents[i]), prev?.Id, prev?.Title, next?.Id, next?.Title));
        }
        return Card(ReadingSummary.Of(b), fromPage) with
        {
            TitleHtml = Html(b.Title),
            SubtitleHtml = b.Subtitle is null ? null : Html(b.Subtitle),
            IntroHtml = b.Intro is null ? "" : Html(b.Intro),
            Sections = sections,
            VocabularyCount = b.Vocabulary.Count,
        };
    }
}
