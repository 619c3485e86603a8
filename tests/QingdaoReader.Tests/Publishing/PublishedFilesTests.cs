using System.Xml.Linq;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Publishing;

/// <summary>The project's site built for a GitHub Pages project site (a sub-path), checked file by file.</summary>
public class PublishedFilesTests
{
    private readonly BuiltSite site = ProjectSite.SubPath;
    private static readonly Uri Base = new(ProjectSite.SubPathUrl);

    private string? FileFor(Uri url) => SubPathLinks.FileFor(site.Output, Base, url);

    [Fact]
    public void Every_internal_link_and_asset_resolves_under_the_sub_path()
    {
        var checkedLinks = SubPathLinks.CheckAll(site.Output, Base);
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_absolute_urls()
    {
        var doc = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", doc.Root!.Name);
        var locs = doc.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains(ProjectSite.SubPathUrl, locs);
        Assert.Contains(ProjectSite.SubPathUrl + "readings/shandong-inspection-qingdao/", locs);
        Assert.Contains(ProjectSite.SubPathUrl + "glossary/", locs);
        Assert.All(locs, l => Assert.True(File.Exists(FileFor(new Uri(l))), l));
    }

    [Fact]
    public void The_atom_feed_is_valid_and_lists_the_readings()
    {
        var doc = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = doc.Root!;
        Assert.Equal(atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(atom + required));
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        foreach (var required in new[] { "id", "title", "updated", "link", "author" }) Assert.NotNull(entry.Element(atom + required));
        Assert.True(Uri.IsWellFormedUriString(entry.Element(atom + "id")!.Value, UriKind.Absolute));
        Assert.True(DateTimeOffset.TryParse(entry.Element(atom + "updated")!.Value, out _));
        Assert.Equal(ProjectSite.SubPathUrl + "readings/shandong-inspection-qingdao/", entry.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Robots_names_the_sitemap_and_pages_carry_open_graph_metadata()
    {
        Assert.Contains("Sitemap: " + ProjectSite.SubPathUrl + "sitemap.xml", File.ReadAllLines(Path.Combine(site.Output, "robots.txt")));
        var doc = Html.Parse(File.ReadAllText(Path.Combine(site.Output, "readings/shandong-inspection-qingdao/index.html")));
        Assert.Equal(ProjectSite.SubPathUrl + "readings/shandong-inspection-qingdao/", doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.NotNull(doc.QuerySelector("link[rel=icon]"));
    }

    [Fact]
    public void The_vocabulary_exports_parse_and_agree()
    {
        var folder = Path.Combine(site.Output, "readings/shandong-inspection-qingdao");
        var rows = Csv.Rows(File.ReadAllText(Path.Combine(folder, "vocabulary.csv")));
        Assert.Equal(["word", "pinyin", "english", "hsk", "sentence"], rows[0]);
        Assert.True(rows.Count > 100, $"{rows.Count} rows");
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(5, row.Length);
            Assert.Contains(row[0], row[4]);
            Assert.Matches(@"^(HSK [3-6]|HSK 7–9|not in HSK)$", row[3]); // HSK 1 and 2 words are left out
        }
        var term = rows.Single(r => r[0] == "新质生产力");
        Assert.Equal("new quality productive forces", term[2]);
        Assert.Equal("not in HSK", term[3]);
        // Entries read as text, not as dictionary notation.
        Assert.All(rows.Skip(1), r => Assert.DoesNotMatch(@"\||\[[A-Za-z:]+[1-5]", r[2]));

        var anki = File.ReadAllLines(Path.Combine(folder, "vocabulary-anki.tsv"));
        Assert.Equal("#separator:tab", anki[0]);
        var notes = anki.Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(rows.Count - 1, notes.Count);
        Assert.All(notes, n => Assert.Equal(5, n.Length));
        Assert.Equal(rows.Skip(1).Select(r => r[0]), notes.Select(n => n[0]));
    }
}
