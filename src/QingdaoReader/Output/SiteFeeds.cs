using System.Globalization;
using System.Xml.Linq;
using QingdaoReader.Annotation;

namespace QingdaoReader.Output;

/// <summary>The machine-readable files of a site: sitemap.xml, an Atom feed of the readings, robots.txt.</summary>
public static class SiteFeeds
{
    public const string SitemapFile = "sitemap.xml";
    public const string FeedFile = "feed.xml";
    public const string RobotsFile = "robots.txt";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string SitemapXml(OutputLayout layout, IEnumerable<string> pages) =>
        Document(new XElement(Sitemap + "urlset",
            pages.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", layout.Absolute(p))))));

    /// <summary>
    /// The Atom feed. Its dates come from the readings (never the clock), so two builds of the same content are identical.
    /// </summary>
    public static string AtomXml(OutputLayout layout, string title, IReadOnlyList<ReadingSummary> readings)
    {
        var dated = readings.Select(r => (Reading: r, Date: ParseDate(r.Reading.Metadata.Date)))
            .OrderByDescending(x => x.Date).ThenBy(x => x.Reading.Reading.Slug, StringComparer.Ordinal).ToList();
        var updated = dated.Count == 0 ? DateTimeOffset.UnixEpoch : dated.Max(x => x.Date);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", Id(layout, OutputLayout.IndexPage)),
            new XElement(Atom + "updated", Rfc3339(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", layout.Absolute(FeedFile))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", layout.Absolute(OutputLayout.IndexPage))),
            dated.Select(x =>
            {
                var m = x.Reading.Reading.Metadata;
                var url = layout.Absolute(OutputLayout.ReadingPage(x.Reading.Reading.Slug));
                return new XElement(Atom + "entry",
                    new XElement(Atom + "title", m.TitleEn is null ? m.Title : $"{m.Title} ({m.TitleEn})"),
                    new XElement(Atom + "id", Id(layout, OutputLayout.ReadingPage(x.Reading.Reading.Slug))),
                    new XElement(Atom + "link", new XAttribute("href", url)),
                    new XElement(Atom + "updated", Rfc3339(x.Date)),
                    new XElement(Atom + "author", new XElement(Atom + "name", m.Authors.Count > 0 ? string.Join("、", m.Authors) : m.Source ?? title)),
                    new XElement(Atom + "summary", m.Summary ?? m.SubtitleEn ?? m.Subtitle ?? m.Title));
            }));
        return Document(feed);
    }

    // Atom ids must be absolute IRIs: the page URL when the base URL is absolute, else a tag URI that never changes.
    private static string Id(OutputLayout layout, string page)
    {
        var url = layout.Absolute(page);
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http") ? url : "tag:qingdaoreader,2024:" + url.TrimStart('/');
    }

    public static string RobotsTxt(OutputLayout layout) => $"User-agent: *\nAllow: /\nSitemap: {layout.Absolute(SitemapFile)}\n";

    /// <summary>A front matter date: 2024-05-26, 2024-05 or 2024; unknown dates sort last.</summary>
    public static DateTimeOffset ParseDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return DateTimeOffset.UnixEpoch;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm"];
        return DateTimeOffset.TryParseExact(date.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.ToUniversalTime() : DateTimeOffset.UnixEpoch;
    }

    private static string Rfc3339(DateTimeOffset d) => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Document(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString(SaveOptions.None) + "\n";
}
