using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QingdaoReader.Annotation;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using Scriban.Runtime;

namespace QingdaoReader.Building;

/// <summary>What a build did, for the command line and for tests.</summary>
public sealed record BuildResult(string OutputDir, int Readings, int Pages, int GlossaryTerms, TimeSpan Elapsed);

/// <summary>Options a command line may set on top of site.config.yml.</summary>
public sealed record BuildOptions
{
    public string? BaseUrl { get; init; }
    public string? Output { get; init; }
    public bool Drafts { get; init; }
}

/// <summary>
/// The whole pipeline, stage by stage: config → content (front matter, Markdown) → structure → Chinese annotation
/// and glossary → templates → output. Each reading is built from its own data; the language data is shared and only read.
/// </summary>
public sealed class SiteBuilder
{
    private readonly Func<string, ILanguageServices> _languageFor;
    private readonly MarkdownRenderer _markdown = new();
    private ILanguageServices _language = null!;

    /// <param name="languageFor">The language services for a content folder (its pinyin overrides live there).</param>
    public SiteBuilder(Func<string, ILanguageServices> languageFor) => _languageFor = languageFor;

    /// <summary>The language services of the last build (for reports such as unmatched overrides).</summary>
    public ILanguageServices Language => _language;

    public BuildResult Build(string siteDir, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var config = SiteConfigLoader.Load(siteDir);
        if (options.BaseUrl is not null) config = config with { BaseUrl = options.BaseUrl };
        var outputDir = ResolveOutput(siteDir, config, options);
        var contentDir = Path.Combine(siteDir, config.Content);
        var templates = new TemplateRenderer(Path.Combine(siteDir, config.Templates));
        var layout = new OutputLayout(config.BaseUrl);

        _language = _languageFor(contentDir);
        var glossary = GlossaryLoader.Load(contentDir);
        var readings = ReadingLoader.LoadAll(contentDir).Where(r => options.Drafts || !r.Metadata.Draft).ToList();

        // jieba's AddWord is not thread-safe: every user word goes in before any reading is segmented.
        _language.AddUserWords(glossary.Select(g => g.Term));

        var matcher = new GlossaryMatcher(glossary);
        var site = new SiteView(config.Title, config.Description, config.Language, layout.BaseUrl, "QingdaoReader");
        var built = readings.AsParallel().AsOrdered()
            .Select(r => BuildReading(r, matcher))
            .ToList();

        var termViews = GlossaryViews(glossary, built);
        using var writer = new SiteWriter(outputDir);
        var pages = 0;
        foreach (var b in built)
        {
            var page = OutputLayout.ReadingPage(b.Reading.Slug);
            var view = ToView(b, page, termViews);
            var model = Model(site, layout, page, $"{b.Reading.Metadata.Title} · {config.Title}", b.Reading.Metadata.TitleEn);
            model["reading"] = view;
            writer.WriteText(page, templates.RenderPage("reading.html", model));
            pages++;
        }

        var readingViews = built.Select(b => ToView(b, OutputLayout.IndexPage, termViews)).ToList();
        var indexModel = Model(site, layout, OutputLayout.IndexPage, config.Title);
        indexModel["readings"] = readingViews;
        writer.WriteText(OutputLayout.IndexPage, templates.RenderPage("index.html", indexModel));
        pages++;

        var glossaryModel = Model(site, layout, OutputLayout.GlossaryPage, $"Glossary · {config.Title}");
        var entries = termViews.Values.OrderBy(e => PinyinOrder.Key(e.Pinyin), StringComparer.Ordinal).ThenBy(e => e.Term, StringComparer.Ordinal).ToList();
        glossaryModel["entries"] = entries.Select(e => e with { Occurrences = Relink(e.Occurrences, OutputLayout.GlossaryPage) }).ToList();
        glossaryModel["categories"] = entries.GroupBy(e => e.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryView(CategoryId(g.Key), g.Key, g.Count())).ToList();
        writer.WriteText(OutputLayout.GlossaryPage, templates.RenderPage("glossary.html", glossaryModel));
        pages++;

        writer.CopyFolder(Path.Combine(templates.TemplatesDir, OutputLayout.AssetsFolder), OutputLayout.AssetsFolder);
        writer.Commit();
        return new BuildResult(outputDir, built.Count, pages, glossary.Count, started.Elapsed);
    }

    public static string CategoryId(string category) =>
        "c-" + new string(category.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    private static string ResolveOutput(string siteDir, SiteConfig config, BuildOptions options)
    {
        var site = Path.GetFullPath(siteDir);
        if (options.Output is not null) return Path.GetFullPath(options.Output);
        var output = Path.GetFullPath(Path.Combine(site, config.Output));
        if (!output.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UserError(new SourceLocation(Path.Combine(siteDir, SiteConfigLoader.FileName)),
                $"the output folder '{config.Output}' lies outside the site folder",
                "keep `output:` inside the site, or name the folder explicitly with --output");
        return output;
    }

    private static ScriptObject Model(SiteView site, OutputLayout layout, string page, string pageTitle, string? description = null)
    {
        var model = new ScriptObject
        {
            ["site"] = site,
            ["root"] = OutputLayout.RootFrom(page),
            ["page_title"] = pageTitle,
            ["page_path"] = page,
            ["page_url"] = layout.Absolute(page),
            ["page_description"] = description ?? site.Description,
        };
        return model;
    }

    /// <summary>A reading after the content and annotation stages.</summary>
    private sealed record BuiltReading(
        Reading Reading, string TitleHtml, string? SubtitleHtml, string IntroHtml,
        IReadOnlyList<SectionOutline> Sections, IReadOnlyList<string> SectionHtml, IReadOnlyList<TermOccurrence> Terms, int HanCount,
        string WordDataJson);

    private BuiltReading BuildReading(Reading reading, GlossaryMatcher matcher)
    {
        var html = _markdown.ToHtml(reading.Body);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        var sections = ReadingStructure.Apply(body);
        var page = OutputLayout.ReadingPage(reading.Slug);
        var annotator = new RubyAnnotator(_language.ReaderFor(reading), matcher,
            e => OutputLayout.Link(page, OutputLayout.GlossaryPage) + "#" + e.Id);
        var terms = new List<TermOccurrence>();

        var header = document.CreateElement("header");
        var title = document.CreateElement("span");
        title.SetAttribute("id", "title");
        title.TextContent = reading.Metadata.Title;
        header.AppendChild(title);
        IElement? subtitle = null;
        if (!string.IsNullOrWhiteSpace(reading.Metadata.Subtitle))
        {
            subtitle = document.CreateElement("span");
            subtitle.TextContent = reading.Metadata.Subtitle!;
            header.AppendChild(subtitle);
        }
        terms.AddRange(annotator.Annotate(header));
        terms.AddRange(annotator.Annotate(body));
        var han = ChineseScript.CountHan(reading.Metadata.Title) + ChineseScript.CountHan(reading.Metadata.Subtitle ?? "")
            + CountChineseText(body);
        var intro = body.QuerySelector(":scope > section.section-intro")?.InnerHtml ?? "";
        var sectionHtml = body.Children.Where(c => c.LocalName == "section" && !c.ClassList.Contains("section-intro"))
            .Select(c => c.InnerHtml).ToList();
        var words = WordData.ToJson(WordData.Collect([header, body], _language.Lookup));
        return new BuiltReading(reading, title.InnerHtml, subtitle?.InnerHtml, intro, sections, sectionHtml, terms, han, words);
    }

    private static int CountChineseText(IElement body)
    {
        var n = 0;
        foreach (var w in body.QuerySelectorAll("ruby")) n += w.QuerySelectorAll("rt").Length;
        return n;
    }

    private Dictionary<string, GlossaryEntryView> GlossaryViews(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<BuiltReading> built)
    {
        var reader = _language.ReaderFor(null);
        var views = new Dictionary<string, GlossaryEntryView>(StringComparer.Ordinal);
        foreach (var entry in glossary)
        {
            var occurrences = new List<OccurrenceView>();
            foreach (var b in built)
                foreach (var anchor in b.Terms.Where(t => t.Entry.Term == entry.Term).Select(t => t.AnchorId).Distinct())
                    occurrences.Add(new OccurrenceView(b.Reading.Metadata.Title,
                        OutputLayout.ReadingPage(b.Reading.Slug) + (anchor.Length > 0 ? "#" + anchor : "")));
            var pinyin = entry.Pinyin ?? string.Join(" ", reader.Read(entry.Term).Where(w => w.HasHan).Select(w => w.WordPinyin));
            views[entry.Term] = new GlossaryEntryView(entry.Id, entry.Term, pinyin, entry.English, entry.Literal,
                entry.Category, CategoryId(entry.Category), entry.Note.Trim(), occurrences);
        }
        return views;
    }

    // Occurrence URLs are stored as output paths; each page links to them relative to itself.
    private static IReadOnlyList<OccurrenceView> Relink(IReadOnlyList<OccurrenceView> occurrences, string fromPage) =>
        occurrences.Select(o =>
        {
            var hash = o.Url.IndexOf('#');
            var path = hash < 0 ? o.Url : o.Url[..hash];
            return o with { Url = OutputLayout.Link(fromPage, path) + (hash < 0 ? "" : o.Url[hash..]) };
        }).ToList();

    private static ReadingView ToView(BuiltReading b, string fromPage, Dictionary<string, GlossaryEntryView> terms)
    {
        var m = b.Reading.Metadata;
        var sections = new List<SectionView>();
        for (var i = 0; i < b.Sections.Count; i++)
        {
            var s = b.Sections[i];
            var prev = i > 0 ? b.Sections[i - 1] : null;
            var next = i + 1 < b.Sections.Count ? b.Sections[i + 1] : null;
            sections.Add(new SectionView(s.Id, s.Title, s.TitleEn, b.SectionHtml[i], prev?.Id, prev?.Title, next?.Id, next?.Title));
        }
        var used = b.Terms.Select(t => t.Entry.Term).Distinct().Select(t => terms[t])
            .Select(t => t with { Occurrences = Relink(t.Occurrences, fromPage) }).ToList();
        return new ReadingView(b.Reading.Slug, OutputLayout.Link(fromPage, OutputLayout.ReadingPage(b.Reading.Slug)),
            m.Title, b.TitleHtml, m.TitleEn, b.SubtitleHtml, m.SubtitleEn, m.Source, m.SourceEn, m.Date, m.Authors,
            b.IntroHtml, sections, used, b.HanCount, m.Draft, b.WordDataJson);
    }
}
