using QingdaoReader.Annotation;
using QingdaoReader.Output;
using QingdaoReader.Rendering;

namespace QingdaoReader.Building;

/// <summary>What a site-wide output is made from: the site after its readings are compiled.</summary>
/// <param name="ReadingPages">The readings' page paths, in the readings' order.</param>
/// <param name="AssetsDir">The templates' assets folder.</param>
public sealed record SiteOutputInput(
    string Title, OutputLayout Layout, SitePages Pages, IReadOnlyList<ReadingSummary> Readings,
    Dictionary<string, GlossaryEntryView> Glossary, IReadOnlyList<string> ReadingPages, string AssetsDir);

/// <summary>
/// One site-wide output (a page, a feed, the assets): the files it makes. Every output, a reading's files included,
/// goes to disk the one way (<see cref="SiteWriter.Write(OutputFile)"/>); a new output (a search index) is one new
/// class in <see cref="SiteOutputs.All"/>.
/// </summary>
public interface ISiteOutput
{
    IEnumerable<OutputFile> Files(SiteOutputInput site);

    /// <summary>A page through the templates (serve warms these up before the first edit).</summary>
    bool IsPage => false;
}

/// <summary>The site-wide outputs, in the order they are written.</summary>
public static class SiteOutputs
{
    public static IReadOnlyList<ISiteOutput> All { get; } =
        [new IndexPageOutput(), new GlossaryPageOutput(), new NotFoundPageOutput(), new SitemapOutput(), new FeedOutput(), new RobotsOutput(), new AssetsOutput()];

    /// <summary>The outputs that are pages, for serve's warm-up.</summary>
    public static IEnumerable<ISiteOutput> Pages => All.Where(o => o.IsPage);
}

public sealed class IndexPageOutput : ISiteOutput
{
    public bool IsPage => true;

    public IEnumerable<OutputFile> Files(SiteOutputInput site) => [site.Pages.IndexPage(site.Readings)];
}

public sealed class GlossaryPageOutput : ISiteOutput
{
    public bool IsPage => true;

    public IEnumerable<OutputFile> Files(SiteOutputInput site) => [site.Pages.GlossaryPage(site.Glossary)];
}

public sealed class NotFoundPageOutput : ISiteOutput
{
    public bool IsPage => true;

    public IEnumerable<OutputFile> Files(SiteOutputInput site) => [site.Pages.NotFoundPage()];
}

/// <summary>sitemap.xml: the readings' pages, then the index and the glossary (not the 404 page).</summary>
public sealed class SitemapOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Files(SiteOutputInput site) =>
    [
        OutputFile.OfText(SiteFeeds.SitemapFile, SiteFeeds.SitemapXml(site.Layout, site.ReadingPages.Append(OutputLayout.IndexPage).Append(OutputLayout.GlossaryPage))),
    ];
}

public sealed class FeedOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Files(SiteOutputInput site) => [OutputFile.OfText(SiteFeeds.FeedFile, SiteFeeds.AtomXml(site.Layout, site.Title, site.Readings))];
}

public sealed class RobotsOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Files(SiteOutputInput site) => [OutputFile.OfText(SiteFeeds.RobotsFile, SiteFeeds.RobotsTxt(site.Layout))];
}

/// <summary>The templates' assets as they are (but the script sources), then the scripts the build makes from them.</summary>
public sealed class AssetsOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Files(SiteOutputInput site)
    {
        if (Directory.Exists(site.AssetsDir))
        {
            foreach (var file in Directory.EnumerateFiles(site.AssetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(site.AssetsDir, file).Replace('\\', '/');
                if (PageScripts.IsSource(relative)) continue;
                yield return OutputFile.Copy(OutputLayout.AssetsFolder + "/" + relative, File.ReadAllBytes(file));
            }
        }
        foreach (var (name, text) in PageScripts.Build(site.AssetsDir))
            yield return OutputFile.OfText(OutputLayout.AssetsFolder + "/" + name, text);
    }
}
