using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;

namespace QingdaoReader.Building;

/// <summary>
/// A site as every command sees it, assembled once: its folder, its settings, its content folder, its glossary (files,
/// entries and problems) and its raw HTML policy. <c>build</c>, <c>serve</c>, <c>check</c>, <c>pinyin</c> and
/// <c>glossary</c> all start from <see cref="Load"/>; the readings and the language services are asked of it.
/// </summary>
public sealed class Site
{
    private readonly IReadOnlyList<GlossaryEntry> _glossary;

    private Site(string dir, SiteConfig config, IReadOnlyList<GlossaryFile> glossaryFiles, IReadOnlyList<GlossaryEntry> glossary,
        IReadOnlyList<UserError> glossaryProblems)
    {
        Dir = dir;
        Config = config;
        ContentDir = Path.GetFullPath(Path.Combine(dir, config.Content));
        GlossaryFiles = glossaryFiles;
        _glossary = glossary;
        GlossaryProblems = glossaryProblems;
    }

    public string Dir { get; }
    public SiteConfig Config { get; }
    public string ConfigPath => Path.Combine(Dir, SiteConfigLoader.FileName);
    public string ContentDir { get; }
    public IReadOnlyList<GlossaryFile> GlossaryFiles { get; }

    /// <summary>Every problem of the glossary files (empty when the glossary resolves).</summary>
    public IReadOnlyList<UserError> GlossaryProblems { get; }

    /// <summary>The glossary's entries; its first problem, as a user error, when it has any.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary => GlossaryProblems.Count > 0 ? throw GlossaryProblems[0] : _glossary;

    private RawHtmlPolicy? _rawHtml;

    /// <summary>The site's raw_html setting, checked (once, when first asked: a site with no readings never needs it).</summary>
    public RawHtmlPolicy RawHtml => _rawHtml ??= SiteConfigLoader.RawHtml(Config, ConfigPath);

    /// <summary>Whether <paramref name="dir"/> holds a site (a site.config.yml).</summary>
    public static bool Exists(string dir) => File.Exists(Path.Combine(dir, SiteConfigLoader.FileName));

    /// <param name="baseUrl">A base URL given on the command line, over the site's.</param>
    /// <param name="parseGlossary">How to resolve the glossary files (serve's memory reuses an unchanged glossary).</param>
    public static Site Load(string dir, string? baseUrl = null,
        Func<IReadOnlyList<GlossaryFile>, (IReadOnlyList<GlossaryEntry>, IReadOnlyList<UserError>)>? parseGlossary = null)
    {
        var config = SiteConfigLoader.Load(dir);
        if (baseUrl is not null) config = config with { BaseUrl = baseUrl };
        var contentDir = Path.GetFullPath(Path.Combine(dir, config.Content));
        var files = GlossaryLoader.ReadFiles(contentDir);
        var (entries, problems) = (parseGlossary ?? GlossaryLoader.Read)(files);
        return new Site(dir, config, files, entries, problems);
    }

    /// <summary>The readings of the content folder, by slug (<paramref name="load"/> reads one file; the default reads it whole).</summary>
    public IReadOnlyList<Reading> Readings(Func<string, string, Reading>? load = null) =>
        ReadingLoader.LoadAll(ContentDir, load);

    /// <summary>One reading by its folder name, or a user error naming the file that is not there.</summary>
    public Reading Reading(string slug)
    {
        var path = Path.Combine(ContentDir, ReadingLoader.ReadingsFolder, slug, ReadingLoader.ReadingFile);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), $"there is no reading '{slug}'", "give the name of a folder under content/readings/");
        return ReadingLoader.Load(path, slug);
    }

    /// <summary>
    /// Language services for this site's content folder (its pinyin overrides) with the glossary's terms, aliases and
    /// <paramref name="extraTerms"/> cut whole, as the build cuts them.
    /// </summary>
    public ILanguageServices Language(Func<string, ILanguageServices> languageFor, IEnumerable<GlossaryEntry>? extraTerms = null)
    {
        var language = languageFor(ContentDir);
        var glossary = GlossaryProblems.Count > 0 ? [] : _glossary;
        language.UseUserWords(glossary.Concat(extraTerms ?? []).SelectMany(g => g.Forms));
        return language;
    }
}
